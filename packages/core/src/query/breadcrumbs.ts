import type { Model, ProcessMap, SegmentGroup } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import type { MapId, SegmentId, StepId } from '../schema/ids.js';
import { compareText } from '../util/compare.js';

/** One step of a breadcrumb trail. */
export type Crumb =
  | { readonly kind: 'value-chain'; readonly title: string }
  | { readonly kind: 'segment'; readonly id: SegmentId; readonly group: SegmentGroup; readonly title: string }
  | { readonly kind: 'map'; readonly id: MapId; readonly title: string }
  | { readonly kind: 'step'; readonly map: MapId; readonly id: StepId; readonly title: string };

/**
 * The trail from the value chain down to a map or a step on it: value chain, the segment that
 * opens the top map, each parent map, the map, then the step. A map's parent is the map it
 * declares; failing that, the first map (by id) that drills into it.
 * @example
 * ```ts
 * breadcrumbs(guide, { map: mapId('conduct-stakeholder-analysis') }).map((c) => c.title);
 * // the value chain, its segment, the maps above, then the map itself
 * ```
 * @throws {@link NotFoundError} when the model has no such map, or the map no such step.
 */
export function breadcrumbs(model: Model, target: { readonly map: MapId; readonly step?: StepId }): Crumb[] {
  const index = indexModel(model);
  const map = index.getMap(target.map);
  const trail: Crumb[] = [];
  if (target.step !== undefined) {
    const step = index.getStep(map.id, target.step);
    trail.push({ kind: 'step', map: map.id, id: step.id, title: step.title });
  }
  const seen = new Set<MapId>();
  let top: ProcessMap = map;
  for (let current: ProcessMap | undefined = map; current !== undefined && !seen.has(current.id); current = parentOf(model, current)) {
    seen.add(current.id);
    trail.unshift({ kind: 'map', id: current.id, title: current.title });
    top = current;
  }
  const segment = index.segmentsByMap.get(top.id)?.[0];
  if (segment !== undefined) trail.unshift({ kind: 'segment', id: segment.segment.id, group: segment.group, title: segment.segment.title });
  if (model.valueChain !== undefined) trail.unshift({ kind: 'value-chain', title: model.valueChain.title });
  return trail;
}

/**
 * The parent of a map: the one it declares, or the first map that drills into it. Takes the map
 * itself, so there is no id to be unknown; a declared parent the model lacks gives undefined.
 * @example
 * ```ts
 * parentOf(guide, indexModel(guide).getMap(mapId('conduct-stakeholder-analysis')))?.id; // the map it drills down from
 * ```
 */
export function parentOf(model: Model, map: ProcessMap): ProcessMap | undefined {
  const index = indexModel(model);
  if (map.parent !== undefined) return index.findMap(map.parent);
  const from = [...(index.drilledFrom.get(map.id) ?? [])].sort((a, b) => compareText(a.map, b.map))[0];
  return from === undefined ? undefined : index.findMap(from.map);
}
