import { subMapsOf } from '../graph/drills.js';
import type { Model, ProcessMap } from '../model/model.js';
import { indexModel, type ModelIndex } from '../model/model-index.js';
import type { MapId, OutcomeId } from '../schema/ids.js';

/** The outcomes a map serves. */
export interface ServedOutcomes {
  /** Declared by the map, its steps, or the glossary entries its activities carry. */
  readonly direct: readonly OutcomeId[];
  /** Served by the maps it drills into, at any depth, with the map that serves each. */
  readonly viaSubProcesses: ReadonlyArray<{ readonly outcome: OutcomeId; readonly via: MapId }>;
  /**
   * Everything served, directly or through sub-processes, with each element's parents added:
   * serving an objective also serves the outcomes it contributes to, and so up to the vision.
   */
  readonly all: readonly OutcomeId[];
}

/*
 * Every query here follows one rule for an unknown id: it throws NotFoundError, as the index's
 * `get…` does, rather than answering for an element that does not exist.
 */

/**
 * The outcomes a map serves, directly and through its sub-processes.
 * @example
 * ```ts
 * const served = outcomesServedByMap(guide, mapId('commission'));
 * served.direct; // declared by the map, its steps and their glossary entries
 * served.all; // with sub-processes and everything those roll up to
 * ```
 * @throws {@link NotFoundError} when the model has no such map.
 */
export function outcomesServedByMap(model: Model, mapId: MapId): ServedOutcomes {
  const index = indexModel(model);
  const direct = directOutcomes(index.getMap(mapId), index);
  const viaSubProcesses: Array<{ outcome: OutcomeId; via: MapId }> = [];
  const seen = new Set<MapId>([mapId]);
  const queue = subMapsOf(model, index.getMap(mapId));
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const map = index.findMap(next);
    if (seen.has(next) || map === undefined) continue;
    seen.add(next);
    for (const outcome of directOutcomes(map, index)) viaSubProcesses.push({ outcome, via: next });
    queue.push(...subMapsOf(model, map));
  }
  return { direct, viaSubProcesses, all: rollUp(model, [...direct, ...viaSubProcesses.map((v) => v.outcome)]) };
}

/**
 * The maps that serve an outcome, directly or through their sub-processes, by id.
 * @example
 * ```ts
 * mapsServingOutcome(guide, outcomeId('victims-supported')); // ['commission', 'commissioning-cycle', …]
 * ```
 * @throws {@link NotFoundError} when the model has no such outcome framework element.
 */
export function mapsServingOutcome(model: Model, outcomeId: OutcomeId): MapId[] {
  indexModel(model).getOutcome(outcomeId);
  return model.maps.filter((map) => outcomesServedByMap(model, map.id).all.includes(outcomeId)).map((map) => map.id);
}

/**
 * Adds to a set of outcome elements everything they serve in turn, up to the vision; sorted.
 * @example
 * ```ts
 * rollUp(guide, [outcomeId('obj-prevent-crime')]); // the objective, the outcomes it serves and the vision
 * ```
 * @throws {@link NotFoundError} when the model has no outcome framework element with one of the ids.
 */
export function rollUp(model: Model, ids: readonly OutcomeId[]): OutcomeId[] {
  const index = indexModel(model);
  const found = new Set<OutcomeId>();
  const visit = (id: OutcomeId) => {
    if (found.has(id)) return;
    found.add(id);
    for (const parent of index.getOutcome(id).serves) visit(parent);
  };
  ids.forEach(visit);
  return [...found].sort();
}

function directOutcomes(map: ProcessMap, index: ModelIndex): OutcomeId[] {
  const fromCodes = map.steps.flatMap((step) => (step.kind === 'activity' && step.code !== undefined ? (index.entries.get(step.code)?.outcomes ?? []) : []));
  return [...new Set([...map.outcomes, ...map.steps.flatMap((s) => s.outcomes), ...fromCodes])].sort();
}
