import { indexModel, mapId as toMapId, type Model } from '@opcc/core';
import { defaultLayoutEngine } from '../layout/default-engine.js';
import { layoutProcessMap } from '../process/layout-process-map.js';
import { mapLayoutInput } from '../process/map-layout-input.js';
import type { RenderedMap } from '../process/process-types.js';
import type { RenderOptions } from '../process/render-map.js';
import { drawChangeViews, type ChangeView } from './draw-change-views.js';
import { laneChanges, type LaneChange } from './lane-changes.js';
import { stepChanges, type StepChange } from './step-changes.js';
import { unionMap } from './union-map.js';

/** The as-is, changes and to-be views of one map, drawn on one layout. */
export interface MapChangeViews {
  readonly mapId: string;
  /** The map's title in the after model, or in the before model when the option removes the map. */
  readonly title: string;
  readonly views: Readonly<Record<ChangeView, RenderedMap>>;
  /** The steps that differ, each marked in the changes view. */
  readonly changes: readonly StepChange[];
  /** The lanes that differ, each with its header marked in the changes view when it has steps to show; nothing else is marked. */
  readonly lanes: readonly LaneChange[];
}

/**
 * Draws a map as it is in `before`, as it becomes in `after`, and the changes between them, on one layout of both
 * versions together, so that no shape moves between the views unless it changed lane. The map may be missing from one
 * of the models (added or removed whole). Ids in the drawings start with `idPrefix` (default `changes-<map>-`) and the
 * view's name. Throws NotFoundError when neither model has the map, InvalidIdError for text that cannot be an id.
 * @example
 * ```ts
 * const { views, changes } = await renderMapChanges(guide, applyChangeSet(guide, option).model, 'armed-policing');
 * views.changes.svg; // added shapes marked "+", removed ones struck through
 * ```
 * @throws `NotFoundError` (from `@opcc/core`) when neither model has the map, `InvalidIdError` for text that cannot be an id.
 */
export async function renderMapChanges(before: Model, after: Model, mapId: string, options: RenderOptions = {}): Promise<MapChangeViews> {
  const id = toMapId(mapId);
  const [was, now] = [indexModel(before).findMap(id), indexModel(after).findMap(id)];
  // With the map in neither model, ask the after model for it, which throws the usual NotFoundError.
  const [oldInput, newInput] = [
    was === undefined ? undefined : mapLayoutInput(before, mapId),
    now !== undefined || was === undefined ? mapLayoutInput(after, mapId) : undefined,
  ];
  const union = unionMap(oldInput, newInput);
  const laidOut = await layoutProcessMap(union.input, options.engine ?? defaultLayoutEngine());
  const changes = stepChanges(was, now);
  const parties = new Map([...before.parties, ...after.parties].map((p) => [p.id as string, p.title]));
  const lanes = laneChanges(was, now, (id) => parties.get(id) ?? id);
  return {
    mapId,
    title: (now ?? was)?.title ?? mapId,
    views: drawChangeViews(laidOut, union, { steps: changes, lanes }, options.idPrefix ?? `changes-${mapId}-`),
    changes,
    lanes,
  };
}
