import { knownParties, codesOf } from './apply-accountability.js';
import type { Appliers } from './applier.js';
import { removeFrom } from './applier.js';
import type { ChangeContext } from './change-context.js';
import { copyOf, type Draft } from './draft.js';
import { sameValue, shown } from './same-value.js';
import { updateFields } from './update-fields.js';

type CollaborationChange =
  | 'add-collaboration'
  | 'remove-collaboration'
  | 'update-collaboration'
  | 'add-business-area'
  | 'remove-business-area'
  | 'move-business-area'
  | 'update-business-area'
  | 'set-cost-split';

/** Business areas brought in, taken out, moved between phases and updated; the cost split replaced. */
export const collaborationAppliers: Appliers<CollaborationChange> = {
  'add-collaboration': (draft, ctx) => {
    const { collaboration } = ctx.change;
    const target = `collaboration "${collaboration.id}"`;
    if (ctx.expectNew(draft.collaborations, target, collaboration.id, ['collaboration', 'id'])) draft.collaborations.push(copyOf(collaboration));
  },
  'remove-collaboration': (draft, ctx) => {
    const collaboration = findCollaboration(draft, ctx);
    if (collaboration !== undefined) removeFrom(draft.collaborations, collaboration);
  },
  'update-collaboration': (draft, ctx) => {
    const collaboration = findCollaboration(draft, ctx);
    if (collaboration !== undefined) updateFields(ctx, collaboration, ctx.change, `collaboration "${collaboration.id}"`);
  },
  'add-business-area': (draft, ctx) => {
    const collaboration = findCollaboration(draft, ctx);
    const { area } = ctx.change;
    const known = [
      ...area.codes.map((code, i) => ctx.expect('glossary code', code, codesOf(draft), ['area', 'codes', i])),
      knownParties(draft, ctx, area.lead === undefined ? [] : [area.lead], ['area', 'lead']),
    ].every(Boolean);
    if (collaboration === undefined || !known) return;
    const target = `business area "${area.id}" of collaboration "${collaboration.id}"`;
    if (ctx.expectNew(collaboration.businessAreas, target, area.id, ['area', 'id'])) collaboration.businessAreas.push(copyOf(area));
  },
  'remove-business-area': (draft, ctx) => {
    const found = findArea(draft, ctx);
    if (found !== undefined) removeFrom(found.collaboration.businessAreas, found.area);
  },
  'move-business-area': (draft, ctx) => {
    const found = findArea(draft, ctx);
    if (found === undefined) return;
    const { from, phase } = ctx.change;
    if (from !== undefined && found.area.phase !== from) {
      ctx.conflict(['from'], `business area "${found.area.id}"`, `to be in phase ${shown(from)}`, `it is in phase ${shown(found.area.phase)}`);
      return;
    }
    found.area.phase = phase;
  },
  'update-business-area': (draft, ctx) => {
    const found = findArea(draft, ctx);
    const { set } = ctx.change;
    const codes = (set.codes ?? []).map((code, i) => ctx.expect('glossary code', code, codesOf(draft), ['set', 'codes', i]));
    const lead = knownParties(draft, ctx, typeof set.lead === 'string' ? [set.lead] : [], ['set', 'lead']);
    if (found === undefined || !codes.every(Boolean) || !lead) return;
    updateFields(ctx, found.area, ctx.change, `business area "${found.area.id}"`);
  },
  'set-cost-split': (draft, ctx) => {
    const collaboration = findCollaboration(draft, ctx);
    const { split, was } = ctx.change;
    const parties = draft.parties.map((party) => party.id);
    const known = split.map((share, i) => ctx.expect('party', share.party, parties, ['split', i, 'party'])).every(Boolean);
    if (collaboration === undefined || !known) return;
    if (was !== undefined && !sameValue(byParty(collaboration.costSplit), byParty(was))) {
      const target = `the cost split of collaboration "${collaboration.id}"`;
      ctx.conflict(['was'], target, `to be ${splitText(was)}`, `it is ${splitText(collaboration.costSplit)}`);
      return;
    }
    collaboration.costSplit = copyOf(split);
  },
};

function findCollaboration(draft: Draft, ctx: ChangeContext<{ collaboration: string } & ChangeContext['change']>) {
  return ctx.find(draft.collaborations, 'collaboration', ctx.change.collaboration, ['collaboration']);
}

function findArea(draft: Draft, ctx: ChangeContext<{ collaboration: string; area: string } & ChangeContext['change']>) {
  const collaboration = findCollaboration(draft, ctx);
  if (collaboration === undefined) return undefined;
  const area = ctx.find(collaboration.businessAreas, `business area of collaboration "${collaboration.id}"`, ctx.change.area, ['area']);
  return area === undefined ? undefined : { collaboration, area };
}

/** A cost split in party order, so two splits compare whatever order they list the parties in. */
function byParty(split: ReadonlyArray<{ readonly party: string; readonly percent: number }>) {
  return [...split].sort((a, b) => (a.party < b.party ? -1 : a.party > b.party ? 1 : 0)).map(({ party, percent }) => ({ party, percent }));
}

function splitText(split: ReadonlyArray<{ readonly party: string; readonly percent: number }>): string {
  return split.length === 0 ? 'empty' : split.map((share) => `"${share.party}" ${share.percent}%`).join(', ');
}
