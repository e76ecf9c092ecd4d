import type { Model } from '@opcc/core';
import { flowInFocus } from './focus-rule.js';
import { drawnFlows } from './layout-process-map.js';
import { mapLayoutInput } from './map-layout-input.js';

/**
 * The flows a drawing of a map with `focus` draws bright (see {@link flowInFocus}), by their place among the drawing's
 * flows: what to brighten when one drawing of the map is marked in turn for several focuses, without drawing it again.
 * @throws `NotFoundError` (from `@opcc/core`) for an unknown map, `InvalidIdError` for text that cannot be an id.
 * @example
 * ```ts
 * flowsInFocus(guide, 'commissioner-start-up', module.focus.steps); // e.g. [0, 1, 4]
 * ```
 */
export function flowsInFocus(model: Model, mapId: string, focus: readonly string[]): number[] {
  const steps = new Set(focus);
  return drawnFlows(mapLayoutInput(model, mapId)).flatMap((flow, i) => (flowInFocus(flow, steps) ? [i] : []));
}
