import type { Model, Scenario } from '@opcc/core';
import { renderMap, type LayoutEngine } from '@opcc/render';
import type { Drawing } from './drawings.js';

/** The focused map of each module of one scenario, by module id; a module with no focus has none. */
export type ScenarioDrawings = ReadonlyMap<string, Drawing>;

/** Options of {@link drawScenario}. */
export interface ScenarioDrawingOptions {
  /** The layout engine; a map laid out before (on its map page) comes from its cache. */
  readonly engine?: LayoutEngine;
  /** Told apart from other drawings of the same module on one page (e.g. `print-`); none by default. */
  readonly idPrefix?: string;
}

/**
 * Draws each module's focus map with its focus steps highlighted and the rest dimmed. Ids inside each drawing are
 * prefixed by the module, so that a page can show every module's map at once.
 * @example
 * ```ts
 * const drawings = await drawScenario(guide, scenario); // drawings.get('taking-office')?.svg
 * ```
 */
export async function drawScenario(model: Model, scenario: Scenario, options: ScenarioDrawingOptions = {}): Promise<ScenarioDrawings> {
  const drawings = new Map<string, Drawing>();
  for (const module of scenario.modules) {
    if (module.focus === undefined) continue;
    const prefix = `${options.idPrefix ?? ''}module-${module.id}-`;
    const drawn = await renderMap(model, module.focus.map, {
      ...(options.engine === undefined ? {} : { engine: options.engine }),
      focus: module.focus.steps,
      idPrefix: `${prefix}map-`,
      shapeIdPrefix: prefix,
      styling: 'classes',
    });
    drawings.set(module.id, { svg: drawn.svg, width: drawn.width, height: drawn.height });
  }
  return drawings;
}

/** {@link drawScenario} for every scenario of the model, by scenario id. */
export async function drawScenarios(model: Model, options: ScenarioDrawingOptions = {}): Promise<ReadonlyMap<string, ScenarioDrawings>> {
  const all = new Map<string, ScenarioDrawings>();
  for (const scenario of model.scenarios) all.set(scenario.id, await drawScenario(model, scenario, options));
  return all;
}
