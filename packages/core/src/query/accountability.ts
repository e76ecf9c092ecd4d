import type { Model } from '../model/model.js';
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
 * @example
 * ```ts
 * for (const d of compareProfiles(guide, profileId('northshire'), profileId('southvale'))) console.log(d.code, d.title, d.roles);
 * ```
 * @throws {@link NotFoundError} when the model lacks either profile, even when it has no glossary entries to compare.
 */
export function compareProfiles(model: Model, profileA: ProfileId, profileB: ProfileId): ProfileDifference[] {
  indexModel(model).getProfile(profileA);
  indexModel(model).getProfile(profileB);
  return model.glossary.entries.flatMap((entry) => {
    const a = accountableFor(model, profileA, entry.code);
    const b = accountableFor(model, profileB, entry.code);
    const roles = ACCOUNTABILITY_ROLES.filter((role) => !sameParties(a[role], b[role]));
    return roles.length === 0 ? [] : [{ code: entry.code, title: entry.title, roles, a, b }];
  });
}

function sameParties(a: readonly string[], b: readonly string[]): boolean {
  const sa = [...a].sort();
  const sb = [...b].sort();
  return sa.length === sb.length && sa.every((p, i) => p === sb[i]);
}
