import type { Model, Profile } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import { ACCOUNTABILITY_ROLES, type AccountabilityRole } from '../model/vocabulary.js';
import type { GlossaryCode, PartyId, ProfileId } from '../schema/ids.js';
import { roleOrigin } from './role-origin.js';

/** Who answers for a glossary entry under one profile, after inheritance. */
export interface Accountability {
  readonly code: GlossaryCode;
  readonly accountable: readonly PartyId[];
  /** The code whose assignment gave the accountable parties: the entry itself, or the ancestor it inherits from. */
  readonly inheritedFrom?: GlossaryCode;
  readonly responsible: readonly PartyId[];
  readonly consulted: readonly PartyId[];
  readonly informed: readonly PartyId[];
}

/*
 * Every query here follows one rule for an unknown profile or code: it throws NotFoundError, as
 * the index's `get…` does, rather than answering for an element that does not exist.
 */

/**
 * Who is accountable (and responsible, consulted, informed) for a glossary entry under a
 * profile. Each role is inherited from the nearest ancestor code that assigns it, so a deeper
 * assignment overrides only the roles it names.
 * @example
 * ```ts
 * accountableFor(guide, profileId('northshire'), glossaryCode('1.2.2.1'));
 * // { code: '1.2.2.1', accountable: ['pcc'], inheritedFrom: '1.2.2', responsible: [], consulted: ['chief-constable'], informed: [] }
 * ```
 * @throws {@link NotFoundError} when the model has no such profile, or the glossary no entry with the code.
 */
export function accountableFor(model: Model, profileId: ProfileId, code: GlossaryCode): Accountability {
  const index = indexModel(model);
  const profile = index.getProfile(profileId);
  index.getEntry(code);
  const accountable = roleOrigin(profile, code, 'accountable');
  return {
    code,
    accountable: accountable.parties,
    ...(accountable.from === undefined ? {} : { inheritedFrom: accountable.from }),
    responsible: roleOrigin(profile, code, 'responsible').parties,
    consulted: roleOrigin(profile, code, 'consulted').parties,
    informed: roleOrigin(profile, code, 'informed').parties,
  };
}

/** One role of a glossary entry under a profile: its parties and the code whose assignment gives them. */
export interface RoleAssignment {
  readonly role: AccountabilityRole;
  readonly parties: readonly PartyId[];
  /** The entry's own code when assigned there (`assigned`), an ancestor's when inherited; absent when nobody has the role. */
  readonly from?: GlossaryCode;
}

/**
 * All four roles of a glossary entry under a profile, in RACI order, each with where it comes
 * from, so a reader can tell an assignment made on the entry from one inherited from above.
 * @example
 * ```ts
 * accountabilityRoles(guide, profileId('northshire'), glossaryCode('1.2.2.1'));
 * // [{ role: 'accountable', parties: ['pcc'], from: '1.2.2' }, { role: 'responsible', parties: [] }, …]
 * ```
 * @throws {@link NotFoundError} when the model has no such profile, or the glossary no entry with the code.
 */
export function accountabilityRoles(model: Model, profileId: ProfileId, code: GlossaryCode): RoleAssignment[] {
  const index = indexModel(model);
  const profile = index.getProfile(profileId);
  index.getEntry(code);
  return ACCOUNTABILITY_ROLES.map((role) => ({ role, ...roleOrigin(profile, code, role) }));
}

/**
 * Glossary entries that nobody is accountable for under a profile, in code order.
 * @example
 * ```ts
 * accountabilityGaps(guide, profileId('northshire')).map((a) => a.code); // entries nobody is accountable for
 * ```
 * @throws {@link NotFoundError} when the model has no such profile.
 */
export function accountabilityGaps(model: Model, profileId: ProfileId): Accountability[] {
  indexModel(model).getProfile(profileId);
  return model.glossary.entries.map((e) => accountableFor(model, profileId, e.code)).filter((a) => a.accountable.length === 0);
}

/**
 * Glossary entries with more than one accountable party under a profile, in code order.
 * @example
 * ```ts
 * accountabilityOverlaps(guide, profileId('northshire')).map((a) => `${a.code}: ${a.accountable.join(', ')}`);
 * ```
 * @throws {@link NotFoundError} when the model has no such profile.
 */
export function accountabilityOverlaps(model: Model, profileId: ProfileId): Accountability[] {
  indexModel(model).getProfile(profileId);
  return model.glossary.entries.map((e) => accountableFor(model, profileId, e.code)).filter((a) => a.accountable.length > 1);
}

/** A glossary entry on which two profiles disagree. */
export interface ProfileDifference {
  readonly code: GlossaryCode;
  readonly title: string;
  /** The roles whose parties differ. */
  readonly roles: readonly AccountabilityRole[];
  readonly a: Accountability;
  readonly b: Accountability;
}

/**
 * Every glossary entry on which two profiles assign any role to different parties, in code order.
 * Parties are compared by their role in the profile's area: Northshire's Chief Constable and
 * Southvale's are the same role, so an entry both give to their own Chief Constable does not differ.
 * @example
 * ```ts
 * for (const d of compareProfiles(guide, profileId('northshire'), profileId('southvale'))) console.log(d.code, d.title, d.roles);
 * ```
 * @throws {@link NotFoundError} when the model lacks either profile, even when it has no glossary entries to compare.
 */
export function compareProfiles(model: Model, profileA: ProfileId, profileB: ProfileId): ProfileDifference[] {
  const index = indexModel(model);
  const keyA = roleInArea(model, index.getProfile(profileA));
  const keyB = roleInArea(model, index.getProfile(profileB));
  return model.glossary.entries.flatMap((entry) => {
    const a = accountableFor(model, profileA, entry.code);
    const b = accountableFor(model, profileB, entry.code);
    const roles = ACCOUNTABILITY_ROLES.filter((role) => !sameParties(a[role].map(keyA), b[role].map(keyB)));
    return roles.length === 0 ? [] : [{ code: entry.code, title: entry.title, roles, a, b }];
  });
}

/**
 * What a party is in a profile's area, for comparing two areas: each area names its own
 * Commissioner and Chief Constable, so one of those of the profile's own area (or of no stated
 * area) stands for its type; any other party, such as a unit or another area's force, for itself.
 */
function roleInArea(model: Model, profile: Profile): (party: PartyId) => string {
  const parties = indexModel(model).parties;
  return (id) => {
    const party = parties.get(id);
    if (party === undefined || (party.type !== 'commissioner' && party.type !== 'chief-constable')) return id;
    const own = party.area === undefined || profile.area === undefined || party.area === profile.area;
    return own ? `the ${party.type}` : id;
  };
}

function sameParties(a: readonly string[], b: readonly string[]): boolean {
  const sa = [...a].sort();
  const sb = [...b].sort();
  return sa.length === sb.length && sa.every((p, i) => p === sb[i]);
}
