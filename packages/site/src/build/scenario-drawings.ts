import type { Model, Scenario } from '@opcc/core';
import { flowsInFocus, focusName, renderMap, type LayoutEngine } from '@opcc/render';
import type { Drawing } from './drawings.js';

/**
 * The maps a scenario's modules focus on, each drawn once with every step that any module focuses on marked, and per
 * module which of that drawing's flows are in its focus. Which steps and flows a page shows as in focus is set per
 * module ({@link focusedOn}, client/focus-marking.ts).
 */
export interface ScenarioDrawings {
  /** Each map a module of the scenario focuses on, by map id. */
  readonly maps: ReadonlyMap<string, Drawing>;
  /** By module id: the flows of its map's drawing that join two of its focus steps, by their place among the drawing's flows. */
  readonly flowsInFocus: ReadonlyMap<string, readonly number[]>;
}

/** No drawings: the pages then name the focus steps in words only. */
export const NO_SCENARIO_DRAWINGS: ScenarioDrawings = { maps: new Map(), flowsInFocus: new Map() };

/** Options of {@link drawScenario}. */
export interface ScenarioDrawingOptions {
  /** The layout engine; a map laid out before (on its map page) comes from its cache. */
  readonly engine?: LayoutEngine;
}

/**
 * The steps of each map that some module of the scenario focuses on, by map id, in the order the modules name them.
 * @example
 * ```ts
 * focusUnion(scenario).get('commissioner-start-up'); // ['declaration', 'inherited-plan-and-budget', …]
 * ```
 */
export function focusUnion(scenario: Scenario): ReadonlyMap<string, readonly string[]> {
  const union = new Map<string, Set<string>>();
  for (const module of scenario.modules) {
    if (module.focus === undefined) continue;
    const steps = union.get(module.focus.map) ?? new Set<string>();
    for (const step of module.focus.steps) steps.add(step);
    union.set(module.focus.map, steps);
  }
  return new Map([...union].map(([map, steps]) => [map, [...steps]]));
}

/**
 * Draws each map the scenario focuses on once, with every step any module focuses on marked, so that a page shows one
 * drawing per map and moves the focus from module to module by class. Ids inside a drawing are prefixed by its map.
 * @example
 * ```ts
 * const drawings = await drawScenario(guide, scenario); // drawings.get('commissioner-start-up')?.svg
 * ```
 */
export async function drawScenario(model: Model, scenario: Scenario, options: ScenarioDrawingOptions = {}): Promise<ScenarioDrawings> {
  const engine = options.engine === undefined ? {} : { engine: options.engine };
  const maps = new Map<string, Drawing>();
  for (const [map, steps] of focusUnion(scenario)) {
    const prefix = `focus-${map}-`;
    const drawn = await renderMap(model, map, { ...engine, focus: steps, idPrefix: `${prefix}map-`, shapeIdPrefix: prefix, styling: 'classes' });
    maps.set(map, { svg: drawn.svg, width: drawn.width, height: drawn.height });
  }
  // Render says which of the drawing's flows a module's focus brightens, by the rule it draws a focus by.
  const inFocus = new Map<string, readonly number[]>();
  for (const { id, focus } of scenario.modules) if (focus !== undefined) inFocus.set(id, flowsInFocus(model, focus.map, focus.steps));
  return { maps, flowsInFocus: inFocus };
}

/** {@link drawScenario} for every scenario of the model, by scenario id. */
export async function drawScenarios(model: Model, options: ScenarioDrawingOptions = {}): Promise<ReadonlyMap<string, ScenarioDrawings>> {
  const all = new Map<string, ScenarioDrawings>();
  for (const scenario of model.scenarios) all.set(scenario.id, await drawScenario(model, scenario, options));
  return all;
}

/**
 * A scenario drawing as one module shows it, before any script runs: its focus steps marked and named "focus step",
 * every other shape (the other modules' focus steps too) dimmed, and its flows in focus bright, the rest dimmed. The
 * page's script does the same to the drawing in the document (client/focus-marking.ts).
 * @example
 * ```ts
 * focusedOn(drawings.maps.get(map)!, module.focus.steps, drawings.flowsInFocus.get(module.id) ?? []).svg;
 * ```
 */
export function focusedOn(drawing: Drawing, steps: readonly string[], flows: readonly number[]): Drawing {
  const focus = new Set(steps);
  const bright = new Set(flows);
  const dimmedMarker = DIMMED_MARKER.exec(drawing.svg)?.[0];
  const dimmedEnd = dimmedMarker === undefined ? undefined : `url(#${attribute(dimmedMarker, 'id') ?? ''})`;
  let flow = -1;
  const svg = drawing.svg.replace(/<g\s[^>]*>/g, (tag) => {
    const classes = attribute(tag, 'class')?.split(/\s+/);
    if (classes === undefined) return tag;
    const step = attribute(tag, 'data-step');
    if (classes.includes('step') && step !== undefined) {
      const on = focus.has(step);
      return withAttribute(withAttribute(tag, 'class', marked(classes, on, 'focus-step')), 'aria-label', focusName(attribute(tag, 'aria-label') ?? '', on));
    }
    if (!classes.includes('flow')) return tag;
    flow += 1;
    const on = bright.has(flow);
    const classed = withAttribute(tag, 'class', marked(classes, on));
    return dimmedEnd === undefined ? classed : withAttribute(classed, 'marker-end', on ? undefined : dimmedEnd);
  });
  return { ...drawing, svg };
}

// The arrow head of the dimmed flows, when the drawing names one as a marker (a dimmed flow then ends in it).
const DIMMED_MARKER = /<marker\s[^>]*class="[^"]*\bdimmed\b[^"]*"[^>]*>/;

// In focus, a shape has the class focus-step (a flow no class); out of focus, both are dimmed.
function marked(classes: readonly string[], on: boolean, focusClass?: string): string {
  const rest = classes.filter((c) => c !== 'focus-step' && c !== 'dimmed' && c !== '');
  return [...rest, ...(on ? (focusClass === undefined ? [] : [focusClass]) : ['dimmed'])].join(' ');
}

// The drawing's attribute values are escaped, with double quotes: a value never holds a double quote.
function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

// Sets an attribute of an opening tag, adds it when missing, or removes it when `value` is undefined.
function withAttribute(tag: string, name: string, value: string | undefined): string {
  const pattern = new RegExp(`\\s${name}="[^"]*"`);
  const without = tag.replace(pattern, '');
  if (value === undefined) return without;
  return pattern.test(tag) ? tag.replace(pattern, () => ` ${name}="${value}"`) : without.replace(/\s*(\/?>)$/, (end) => ` ${name}="${value}"${end.trim()}`);
}
