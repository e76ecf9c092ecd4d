import { knownParties } from './apply-accountability.js';
import type { Appliers } from './applier.js';
import { removeFrom } from './applier.js';
import { copyOf } from './draft.js';
import { foundAsExpected, updateFields } from './update-fields.js';

type StakeholderChange =
  | 'add-stakeholder'
  | 'remove-stakeholder'
  | 'update-stakeholder'
  | 'add-relationship-map'
  | 'remove-relationship-map'
  | 'add-relation'
  | 'remove-relation'
  | 'add-party'
  | 'remove-party'
  | 'update-party';

/** The stakeholder register, relationship maps and their relations, and the parties. */
export const stakeholderAppliers: Appliers<StakeholderChange> = {
  'add-stakeholder': (draft, ctx) => {
    const { stakeholder } = ctx.change;
    const party = knownParties(draft, ctx, stakeholder.party === undefined ? [] : [stakeholder.party], ['stakeholder', 'party']);
    if (party && ctx.expectNew(draft.stakeholders, `stakeholder "${stakeholder.id}"`, stakeholder.id, ['stakeholder', 'id'])) {
      draft.stakeholders.push(copyOf(stakeholder));
    }
  },
  'remove-stakeholder': (draft, ctx) => {
    const stakeholder = ctx.find(draft.stakeholders, 'stakeholder', ctx.change.stakeholder, ['stakeholder']);
    if (stakeholder !== undefined) removeFrom(draft.stakeholders, stakeholder);
  },
  'update-stakeholder': (draft, ctx) => {
    const stakeholder = ctx.find(draft.stakeholders, 'stakeholder', ctx.change.stakeholder, ['stakeholder']);
    const { party } = ctx.change.set;
    const known = knownParties(draft, ctx, typeof party === 'string' ? [party] : [], ['set', 'party']);
    if (stakeholder !== undefined && known) updateFields(ctx, stakeholder, ctx.change, `stakeholder "${stakeholder.id}"`);
  },
  'add-relationship-map': (draft, ctx) => {
    const map = ctx.change.relationshipMap;
    const target = `relationship map "${map.id}"`;
    if (ctx.expectNew(draft.relationshipMaps, target, map.id, ['relationshipMap', 'id'])) draft.relationshipMaps.push(copyOf(map));
  },
  'remove-relationship-map': (draft, ctx) => {
    const map = ctx.find(draft.relationshipMaps, 'relationship map', ctx.change.relationshipMap, ['relationshipMap']);
    if (map !== undefined) removeFrom(draft.relationshipMaps, map);
  },
  'add-relation': (draft, ctx) => {
    const map = ctx.find(draft.relationshipMaps, 'relationship map', ctx.change.relationshipMap, ['relationshipMap']);
    const { relation } = ctx.change;
    const ids = draft.stakeholders.map((s) => s.id);
    const known = [ctx.expect('stakeholder', relation.from, ids, ['relation', 'from']), ctx.expect('stakeholder', relation.to, ids, ['relation', 'to'])];
    if (map === undefined || !known.every(Boolean)) return;
    if (map.relations.some((r) => r.from === relation.from && r.to === relation.to && r.kind === relation.kind)) {
      ctx.conflict(['relation'], `the relation "${relation.from}" ${relation.kind} "${relation.to}" on "${map.id}"`, 'not to be there yet', 'it is');
      return;
    }
    map.relations.push(copyOf(relation));
  },
  'remove-relation': (draft, ctx) => {
    const map = ctx.find(draft.relationshipMaps, 'relationship map', ctx.change.relationshipMap, ['relationshipMap']);
    if (map === undefined) return;
    const { from, to, kind } = ctx.change;
    const relation = map.relations.find((r) => r.from === from && r.to === to && r.kind === kind);
    if (relation === undefined) {
      const names = map.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);
      ctx.expect(`relation on "${map.id}"`, `${from} ${kind} ${to}`, names, ['kind']);
      return;
    }
    if (foundAsExpected(ctx, relation, ctx.change.was, `the relation "${from}" ${kind} "${to}" on "${map.id}"`)) removeFrom(map.relations, relation);
  },
  'add-party': (draft, ctx) => {
    const { party } = ctx.change;
    if (ctx.expectNew(draft.parties, `party "${party.id}"`, party.id, ['party', 'id'])) draft.parties.push(copyOf(party));
  },
  'remove-party': (draft, ctx) => {
    const party = ctx.find(draft.parties, 'party', ctx.change.party, ['party']);
    if (party !== undefined && foundAsExpected(ctx, party, ctx.change.was, `party "${party.id}"`)) removeFrom(draft.parties, party);
  },
  'update-party': (draft, ctx) => {
    const party = ctx.find(draft.parties, 'party', ctx.change.party, ['party']);
    if (party !== undefined) updateFields(ctx, party, ctx.change, `party "${party.id}"`);
  },
};
