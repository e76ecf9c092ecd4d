import type { ChangeContext } from './change-context.js';
import type { Draft } from './draft.js';

type MapChangeContext = ChangeContext<{ readonly map: string } & ChangeContext['change']>;

/** The process map a change names in its `map` field, or undefined, reported, when the draft has none. */
export function findMap(draft: Draft, ctx: MapChangeContext) {
  return ctx.find(draft.maps, 'process map', ctx.change.map, ['map']);
}

/** The map a change names and the step of it named at `field`, or undefined when either is missing. */
export function findStep(draft: Draft, ctx: MapChangeContext, step: string, field: ReadonlyArray<string | number>) {
  const map = findMap(draft, ctx);
  if (map === undefined) return undefined;
  const found = ctx.find(map.steps, 'step', step, field, map.id);
  return found === undefined ? undefined : { map, step: found };
}

/** How a diagnostic names a step. */
export function stepName(map: string, step: string): string {
  return `step "${step}" on map "${map}"`;
}
