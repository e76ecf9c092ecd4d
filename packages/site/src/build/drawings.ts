import type { Model, ProcessMap } from '@opcc/core';
import { renderMap, renderOutcomeFramework, renderPowerInterest, renderRelationshipMap, renderValueChain, type LayoutEngine } from '@opcc/render';

/** An SVG drawing with its size. */
export interface Drawing {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** Every drawing the site shows, made before any page is written. */
export interface Drawings {
  readonly valueChain?: Drawing;
  readonly maps: ReadonlyMap<string, Drawing>;
  readonly relationshipMaps: ReadonlyMap<string, Drawing>;
  readonly powerInterest: ReadonlyMap<string, Drawing>;
  readonly outcomeFrameworks: ReadonlyMap<string, Drawing>;
  /** The layout warnings of each process map drawn (such as a very large map drawn with a simpler strategy), by map id. */
  readonly mapWarnings: ReadonlyMap<string, readonly string[]>;
}

/** Options of {@link drawAll}. */
export interface DrawOptions {
  readonly engine?: LayoutEngine;
  readonly onProgress?: (done: number, total: number, label: string) => void;
  /** The process maps to draw, by id; every one when missing (a rebuild keeps the pages of the others). */
  readonly maps?: (id: string) => boolean;
}

/** Draws every map of the model, reporting progress after each one. */
export async function drawAll(model: Model, options: DrawOptions): Promise<Drawings> {
  const drawn = options.maps === undefined ? model.maps : model.maps.filter((map) => options.maps?.(map.id) === true);
  const total = drawn.length + 2 * model.relationshipMaps.length + model.outcomeFrameworks.length + (model.valueChain === undefined ? 0 : 1);
  let done = 0;
  const mapWarnings = new Map<string, readonly string[]>();
  const engine = options.engine === undefined ? {} : { engine: options.engine };
  const step = (label: string) => options.onProgress?.(++done, total, label);

  const valueChain = model.valueChain === undefined ? undefined : await renderValueChain(model, { styling: 'classes' });
  if (valueChain !== undefined) step('value chain');
  const maps = new Map<string, Drawing>();
  for (const map of drawn) {
    const made = await drawMap(model, map, options.engine);
    mapWarnings.set(map.id, made.warnings);
    maps.set(map.id, made.drawing);
    step(map.title);
  }
  const relationshipMaps = new Map<string, Drawing>();
  const powerInterest = new Map<string, Drawing>();
  for (const map of model.relationshipMaps) {
    relationshipMaps.set(map.id, await renderRelationshipMap(model, map.id, engine));
    step(map.title);
    powerInterest.set(map.id, await renderPowerInterest(model, map.id));
    step(`${map.title} (power and interest)`);
  }
  const outcomeFrameworks = new Map<string, Drawing>();
  for (const framework of model.outcomeFrameworks) {
    outcomeFrameworks.set(framework.id, await renderOutcomeFramework(model, framework.id, engine));
    step(framework.title);
  }
  return { ...(valueChain === undefined ? {} : { valueChain }), maps, relationshipMaps, powerInterest, outcomeFrameworks, mapWarnings };
}

/** Draws one process map as the site shows it, with its layout warnings named after the map. */
export async function drawMap(model: Model, map: ProcessMap, engine?: LayoutEngine): Promise<{ readonly drawing: Drawing; readonly warnings: readonly string[] }> {
  // Styled by classes from site.css: a hundred maps do not each repeat the same attributes on every shape.
  const drawing = await renderMap(model, map.id, { ...(engine === undefined ? {} : { engine }), styling: 'classes' });
  return { drawing, warnings: drawing.warnings.map((w: string) => `map "${map.id}": ${w}`) };
}
