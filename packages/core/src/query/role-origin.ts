import { parentCode } from '../model/glossary-code.js';
import type { Assignment, Profile } from '../model/model.js';
import type { AccountabilityRole } from '../model/vocabulary.js';
import type { GlossaryCode, PartyId } from '../schema/ids.js';

/** The parties a profile gives one role for a glossary entry, and the code whose assignment gave them. */
export interface RoleOrigin {
  readonly parties: readonly PartyId[];
  /** The entry's own code when assigned there, the nearest ancestor that assigns the role otherwise; absent when nobody has it. */
  readonly from?: GlossaryCode;
}

const assignmentsCache = new WeakMap<Profile, ReadonlyMap<GlossaryCode, Assignment>>();

/*
 * The one inheritance rule of a profile, shared by every accountability query: each role comes
 * from the nearest code, the entry's own or an ancestor's, whose assignment names that role, so
 * a deeper assignment overrides only the roles it names. Not exported from the package: callers
 * check the profile and code exist first.
 */
export function roleOrigin(profile: Profile, code: GlossaryCode, role: AccountabilityRole): RoleOrigin {
  const assignments = assignmentsOf(profile);
  for (let at: GlossaryCode | undefined = code; at !== undefined; at = parentCode(at)) {
    const parties = assignments.get(at)?.[role];
    if (parties !== undefined && parties.length > 0) return { parties, from: at };
  }
  return { parties: [] };
}

function assignmentsOf(profile: Profile): ReadonlyMap<GlossaryCode, Assignment> {
  let map = assignmentsCache.get(profile);
  if (map === undefined) {
    map = new Map(profile.assignments.map((a) => [a.code, a]));
    assignmentsCache.set(profile, map);
  }
  return map;
}
