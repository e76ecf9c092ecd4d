import { ACCOUNTABILITY_ROLES } from '../model/vocabulary.js';
import type { Assignment } from '../model/model.js';
import type { ChangeOf } from '../schema/change-set.js';
import type { Appliers } from './applier.js';
import { removeFrom } from './applier.js';
import type { ChangeContext } from './change-context.js';
import { copyOf, type Draft } from './draft.js';
import { sameNames, shown } from './same-value.js';
import { updateFields } from './update-fields.js';

/** Setting and clearing who is accountable, responsible, consulted and informed; adding, removing and retitling profiles. */
export const accountabilityAppliers: Appliers<'set-accountability' | 'clear-accountability' | 'add-profile' | 'remove-profile' | 'update-profile'> = {
  'set-accountability': (draft, ctx) => {
    const { change } = ctx;
    const profile = ctx.find(draft.profiles, 'accountability profile', change.profile, ['profile']);
    const codeKnown = ctx.expect('glossary code', change.code, codesOf(draft), ['code']);
    const partiesKnown = ACCOUNTABILITY_ROLES.map((role) => knownParties(draft, ctx, change[role] ?? [], [role])).every(Boolean);
    if (profile === undefined || !codeKnown || !partiesKnown) return;
    const current = profile.assignments.find((a) => a.code === change.code);
    if (!rolesAsExpected(ctx, profile.id, current)) return;
    const assignment = current ?? { code: change.code, accountable: [], responsible: [], consulted: [], informed: [] };
    if (current === undefined) profile.assignments.push(assignment);
    for (const role of ACCOUNTABILITY_ROLES) {
      const parties = change[role];
      if (parties !== undefined) assignment[role] = [...parties];
    }
    if (change.note === null) delete assignment.note;
    else if (change.note !== undefined) assignment.note = change.note;
  },
  'clear-accountability': (draft, ctx) => {
    const { change } = ctx;
    const profile = ctx.find(draft.profiles, 'accountability profile', change.profile, ['profile']);
    if (profile === undefined) return;
    const assignment = profile.assignments.find((a) => a.code === change.code);
    if (assignment === undefined) {
      ctx.expect(
        `assignment of profile "${profile.id}"`,
        change.code,
        profile.assignments.map((a) => a.code),
        ['code'],
      );
      return;
    }
    if (!rolesAsExpected(ctx, profile.id, assignment)) return;
    if (change.roles === undefined) removeFrom(profile.assignments, assignment);
    else for (const role of change.roles) assignment[role] = [];
  },
  'add-profile': (draft, ctx) => {
    const { profile } = ctx.change;
    if (ctx.expectNew(draft.profiles, `profile "${profile.id}"`, profile.id, ['profile', 'id'])) draft.profiles.push(copyOf(profile));
  },
  'remove-profile': (draft, ctx) => {
    const profile = ctx.find(draft.profiles, 'accountability profile', ctx.change.profile, ['profile']);
    if (profile !== undefined) removeFrom(draft.profiles, profile);
  },
  'update-profile': (draft, ctx) => {
    const profile = ctx.find(draft.profiles, 'accountability profile', ctx.change.profile, ['profile']);
    if (profile !== undefined) updateFields(ctx, profile, ctx.change, `profile "${profile.id}"`);
  },
};

/** Checks the parties a change expects in each role (its `was`) against an assignment, reporting each role that differs as a conflict. */
function rolesAsExpected(
  ctx: ChangeContext<ChangeOf<'set-accountability' | 'clear-accountability'>>,
  profile: string,
  current: Assignment | undefined,
): boolean {
  const { code, was } = ctx.change;
  let agrees = true;
  for (const role of ACCOUNTABILITY_ROLES) {
    const expected = was?.[role];
    if (expected === undefined || sameNames(current?.[role], expected)) continue;
    ctx.conflict(['was', role], `the ${role} parties of ${code} in profile "${profile}"`, `to be ${shown(expected)}`, `they are ${shown(current?.[role])}`);
    agrees = false;
  }
  return agrees;
}

/** The codes of the glossary as it stands in the draft. */
export function codesOf(draft: Draft): string[] {
  return draft.glossary.entries.map((entry) => entry.code);
}

/** True when every party named is one the draft has; each that is not is reported at its place in the list. */
export function knownParties(draft: Draft, ctx: ChangeContext, parties: readonly string[], field: ReadonlyArray<string | number>): boolean {
  const ids = draft.parties.map((party) => party.id);
  return parties.map((party, i) => ctx.expect('party', party, ids, [...field, i])).every(Boolean);
}
