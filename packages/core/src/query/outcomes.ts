import { NotFoundError } from '../errors.js';
import type { Model } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
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

/** The outcomes a map serves, directly and through its sub-processes. */
export function outcomesServedByMap(model: Model, mapId: string): ServedOutcomes {
  const index = indexModel(model);
  const map = index.maps.get(mapId);
  if (map === undefined) throw new NotFoundError('process map', mapId);
  const direct = directOutcomes(model, mapId);
  const viaSubProcesses: Array<{ outcome: OutcomeId; via: MapId }> = [];
  const seen = new Set<string>([mapId]);
  const queue = subProcessesOf(model, mapId);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next) || !index.maps.has(next)) continue;
    seen.add(next);
    for (const outcome of directOutcomes(model, next)) viaSubProcesses.push({ outcome, via: next as MapId });
    queue.push(...subProcessesOf(model, next));
  }
  return { direct, viaSubProcesses, all: rollUp(model, [...direct, ...viaSubProcesses.map((v) => v.outcome)]) };
}

/** The maps that serve an outcome, directly or through their sub-processes, by id. */
export function mapsServingOutcome(model: Model, outcomeId: string): MapId[] {
  if (!indexModel(model).outcomes.has(outcomeId)) throw new NotFoundError('outcome', outcomeId);
  return model.maps.filter((map) => outcomesServedByMap(model, map.id).all.includes(outcomeId as OutcomeId)).map((map) => map.id);
}

/** Adds to a set of outcome elements everything they serve in turn, up to the vision; sorted. */
export function rollUp(model: Model, ids: ReadonlyArray<string>): OutcomeId[] {
  const outcomes = indexModel(model).outcomes;
  const found = new Set<string>();
  const visit = (id: string) => {
    if (found.has(id)) return;
    found.add(id);
    for (const parent of outcomes.get(id)?.serves ?? []) visit(parent);
  };
  ids.forEach(visit);
  return [...found].sort() as OutcomeId[];
}

function directOutcomes(model: Model, mapId: string): OutcomeId[] {
  const index = indexModel(model);
  const map = index.maps.get(mapId);
  if (map === undefined) return [];
  const fromCodes = map.steps.flatMap((step) => (step.kind === 'activity' && step.code !== undefined ? (index.entries.get(step.code)?.outcomes ?? []) : []));
  return [...new Set([...map.outcomes, ...map.steps.flatMap((s) => s.outcomes), ...fromCodes])].sort();
}

function subProcessesOf(model: Model, mapId: string): string[] {
  const map = indexModel(model).maps.get(mapId);
  return (map?.steps ?? []).flatMap((step) => (step.kind === 'sub-process' ? [step.map as string] : []));
}
