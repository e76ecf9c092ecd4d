import { canonicalJson, changedFields, pairBy } from '../impact/pair-by.js';
import type { Lane, Model, ProcessMap, Step } from '../model/model.js';
import type { Change } from '../schema/change-set.js';
import { expectedOf, fieldUpdate } from './field-update.js';
import { appendPlan, stayingInOrder } from './list-plan.js';

const MAP_FIELDS = ['title', 'parent', 'guidance', 'references', 'outcomes'] as const;
const STEP_FIELDS = ['title', 'kind', 'guidance', 'code', 'map', 'references', 'outcomes'] as const;

/** What a removed step is expected to be: what it says and where it sits. */
const REMOVED_STEP_FIELDS = ['title', 'kind', 'code', 'lane'] as const;
const removeMap = (map: ProcessMap): Change => ({ change: 'remove-map', map: map.id, was: { title: map.title } });
const pick = (fields: readonly string[], allowed: readonly string[]) => fields.filter((f) => allowed.includes(f));

/**
 * The lanes added, moved, given another party, retitled and removed. Lanes the two maps keep in the
 * same order stay put; each other lane the target has is added, or moved, above the next lane after it
 * that stays, so that, made in order, they end up in the target's order.
 */
function laneChanges(current: ProcessMap, target: ProcessMap): { add: Change[]; remove: Change[] } {
  const map = target.id;
  const staying = stayingInOrder(
    current.lanes.map((l) => l.id),
    target.lanes.map((l) => l.id),
  );
  const old = new Map(current.lanes.map((l) => [l.id, l]));
  const targetIds = new Set(target.lanes.map((l) => l.id));
  const add = target.lanes.flatMap((lane: Lane, i): Change[] => {
    const was = old.get(lane.id);
    const before = target.lanes.slice(i + 1).find((l) => staying.has(l.id))?.id;
    const place = before === undefined ? {} : { before };
    if (was === undefined) return [{ change: 'add-lane', map, lane, ...place }];
    return [
      ...(staying.has(lane.id) ? [] : [{ change: 'move-lane', map, lane: lane.id, ...place } as Change]),
      ...(was.party === lane.party ? [] : [{ change: 'set-lane-party', map, lane: lane.id, party: lane.party ?? null, from: was.party ?? null } as Change]),
      ...(was.title === lane.title ? [] : [{ change: 'update-lane', map, lane: lane.id, set: { title: lane.title }, was: { title: was.title } } as Change]),
    ];
  });
  const remove = current.lanes.filter((l) => !targetIds.has(l.id)).map((l): Change => ({ change: 'remove-lane', map, lane: l.id }));
  return { add, remove };
}

function stepChanges(current: ProcessMap, target: ProcessMap): Change[] {
  const map = target.id;
  const staying = stayingInOrder(
    current.steps.map((s) => s.id),
    target.steps.map((s) => s.id),
  );
  const old = new Map(current.steps.map((s) => [s.id, s]));
  const firstStaying = target.steps.find((s) => staying.has(s.id))?.id;
  // A step out of order is taken out and put back where it belongs; its flows are set right with the others.
  const removals = current.steps
    .filter((s) => !staying.has(s.id))
    .map((s): Change => ({ change: 'remove-step', map, step: s.id, was: expectedOf(s, REMOVED_STEP_FIELDS) }));
  const placed = target.steps.flatMap((step: Step, i): Change[] => {
    const was = old.get(step.id);
    if (!staying.has(step.id) || was === undefined) {
      const after = target.steps[i - 1]?.id;
      const place = after !== undefined ? { after } : firstStaying !== undefined ? { before: firstStaying } : {};
      return [{ change: 'add-step', map, step, ...place }];
    }
    const fields = pick(changedFields(was, step), STEP_FIELDS);
    return [
      ...(was.lane === step.lane ? [] : [{ change: 'move-step', map, step: step.id, from: was.lane ?? null, lane: step.lane ?? null } as Change]),
      ...(fields.length === 0 ? [] : [{ change: 'update-step', map, step: step.id, ...fieldUpdate(was, step, fields) } as Change]),
    ];
  });
  return [...removals, ...placed];
}

/**
 * The changes that make a map of `current` into the map of `target` with the same id, flows
 * aside ({@link flowChanges} sets them right once the steps are in place).
 */
function mapChange(current: ProcessMap, target: ProcessMap): Change[] {
  const fields = pick(changedFields(current, target), MAP_FIELDS);
  const laneEdits = laneChanges(current, target);
  return [
    ...(fields.length === 0 ? [] : [{ change: 'update-map', map: target.id, ...fieldUpdate(current, target, fields) } as Change]),
    ...laneEdits.add,
    ...stepChanges(current, target),
    ...laneEdits.remove,
  ];
}

/** Maps added, and the maps both models have made alike in all but their flows. */
export function mapChanges(current: Model, target: Model): Change[] {
  const paired = pairBy(current.maps, target.maps, (m) => m.id);
  return [...paired.added.map((map): Change => ({ change: 'add-map', map })), ...paired.kept.flatMap(([a, b]) => mapChange(a, b))];
}

/** The flows of each map both models have: those out of place taken out, then the target's appended in order. */
export function flowChanges(current: Model, target: Model): Change[] {
  return pairBy(current.maps, target.maps, (m) => m.id).kept.flatMap(([a, b]): Change[] => {
    const plan = appendPlan(a.flows.map(canonicalJson), b.flows.map(canonicalJson));
    const removed = new Set(plan.remove);
    const appended = new Set(plan.append);
    return [
      ...a.flows.filter((f) => removed.has(canonicalJson(f))).map((f): Change => ({ change: 'remove-flow', map: a.id, from: f.from, to: f.to })),
      ...b.flows.filter((f) => appended.has(canonicalJson(f))).map((flow): Change => ({ change: 'add-flow', map: b.id, flow })),
    ];
  });
}

/** Maps the target does not have. */
export function mapRemovals(current: Model, target: Model): Change[] {
  return pairBy(current.maps, target.maps, (m) => m.id).removed.map(removeMap);
}
