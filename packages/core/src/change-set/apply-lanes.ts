import { knownParties } from './apply-accountability.js';
import type { Appliers } from './applier.js';
import { removeFrom } from './applier.js';
import type { ChangeContext } from './change-context.js';
import { copyOf, type Draft } from './draft.js';
import { findMap } from './map-targets.js';
import { sameValue, shown } from './same-value.js';
import { updateFields } from './update-fields.js';

/** Lanes added, removed, moved up or down, given another party or retitled. */
export const laneAppliers: Appliers<'add-lane' | 'remove-lane' | 'move-lane' | 'set-lane-party' | 'update-lane'> = {
  'add-lane': (draft, ctx) => {
    const map = findMap(draft, ctx);
    const { lane, before } = ctx.change;
    const party = knownParties(draft, ctx, lane.party === undefined ? [] : [lane.party], ['lane', 'party']);
    if (map === undefined || !party || !ctx.expectNew(map.lanes, `lane "${lane.id}" on map "${map.id}"`, lane.id, ['lane', 'id'])) return;
    const next = before === undefined ? undefined : ctx.find(map.lanes, 'lane', before, ['before'], map.id);
    if (before !== undefined && next === undefined) return;
    map.lanes.splice(next === undefined ? map.lanes.length : map.lanes.indexOf(next), 0, copyOf(lane));
  },
  'remove-lane': (draft, ctx) => {
    const found = findLane(draft, ctx);
    if (found === undefined) return;
    const inLane = found.map.steps.filter((step) => step.lane === found.lane.id).map((step) => step.id);
    if (inLane.length > 0) {
      ctx.conflict(
        ['lane'],
        `lane "${found.lane.id}" on map "${found.map.id}"`,
        'to have no steps',
        `${shown(inLane)} ${inLane.length === 1 ? 'is' : 'are'} in it`,
      );
      return;
    }
    removeFrom(found.map.lanes, found.lane);
  },
  'move-lane': (draft, ctx) => {
    const found = findLane(draft, ctx);
    const { before } = ctx.change;
    if (found === undefined) return;
    const { map, lane } = found;
    const next = before === undefined ? undefined : ctx.find(map.lanes, 'lane', before, ['before'], map.id);
    if (before !== undefined && next === undefined) return;
    if (next === lane) {
      ctx.invalid(['before'], `lane "${lane.id}" on map "${map.id}"`, 'a lane cannot be moved above itself');
      return;
    }
    removeFrom(map.lanes, lane);
    map.lanes.splice(next === undefined ? map.lanes.length : map.lanes.indexOf(next), 0, lane);
  },
  'set-lane-party': (draft, ctx) => {
    const found = findLane(draft, ctx);
    const { party, from } = ctx.change;
    const known = knownParties(draft, ctx, party === null ? [] : [party], ['party']);
    if (found === undefined || !known) return;
    const { lane } = found;
    if (from !== undefined && !sameValue(lane.party, from)) {
      ctx.conflict(['from'], `lane "${lane.id}" on map "${found.map.id}"`, `to belong to ${shown(from)}`, `it belongs to ${shown(lane.party)}`);
      return;
    }
    if (party === null) delete lane.party;
    else lane.party = party;
  },
  'update-lane': (draft, ctx) => {
    const found = findLane(draft, ctx);
    if (found !== undefined) updateFields(ctx, found.lane, ctx.change, `lane "${found.lane.id}" on map "${found.map.id}"`);
  },
};

function findLane(draft: Draft, ctx: ChangeContext<{ readonly map: string; readonly lane: string } & ChangeContext['change']>) {
  const map = findMap(draft, ctx);
  if (map === undefined) return undefined;
  const lane = ctx.find(map.lanes, 'lane', ctx.change.lane, ['lane'], map.id);
  return lane === undefined ? undefined : { map, lane };
}
