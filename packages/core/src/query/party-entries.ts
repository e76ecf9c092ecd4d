import { NotFoundError } from '../errors.js';
import type { Model } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import { ACCOUNTABILITY_ROLES, type AccountabilityRole } from '../model/vocabulary.js';
import type { GlossaryCode, PartyId, ProfileId } from '../schema/ids.js';
import { partiesOfProfile } from './profile-parties.js';
import { roleOrigin } from './role-origin.js';
import { textId } from './text-id.js';

/** A glossary entry a party holds a role for under a profile. */
export interface PartyEntry {
  readonly code: GlossaryCode;
  readonly title: string;
  readonly role: AccountabilityRole;
  /** True when the role comes from an ancestor's assignment rather than one on this entry's own code. */
  readonly inherited: boolean;
  /** The code whose assignment gives the role: the entry's own code, or the ancestor it is inherited from. */
  readonly from: GlossaryCode;
}

/**
 * The glossary entries a party is accountable, responsible, consulted or informed for under a
 * profile, after inheritance, in code order (and role order within a code). Give a role to get
 * only that role's entries. Ids may be branded or plain text.
 *
 * A party that exists but that the profile never names is an error rather than an empty answer:
 * the reference model has more than one party of type `commissioner` (the generic `pcc` that
 * profiles use, and named OPCCs that are collaboration partners), and asking about the wrong one
 * should say so. {@link partiesOfProfile} lists the parties a profile does name.
 * @example
 * ```ts
 * const entries = entriesForParty(guide, 'northshire', 'pcc', 'accountable');
 * entries.filter((e) => !e.inherited).map((e) => e.code); // the codes assigned to the Commissioner by name
 * ```
 * @throws {@link NotFoundError} when the model has no such profile or party, or the profile names the party in no role.
 */
export function entriesForParty(model: Model, profile: ProfileId | string, party: PartyId | string, role?: AccountabilityRole): PartyEntry[] {
  const index = indexModel(model);
  const found = index.getProfile(textId<ProfileId>(profile));
  const id = index.getParty(textId<PartyId>(party)).id;
  const named = partiesOfProfile(model, found.id);
  if (!ACCOUNTABILITY_ROLES.some((r) => named[r].some((p) => p.id === id))) throw new NotFoundError('party', id, `accountability profile "${found.id}"`);
  const roles = role === undefined ? ACCOUNTABILITY_ROLES : [role];
  return model.glossary.entries.flatMap((entry) =>
    roles.flatMap((r) => {
      const origin = roleOrigin(found, entry.code, r);
      if (origin.from === undefined || !origin.parties.includes(id)) return [];
      return [{ code: entry.code, title: entry.title, role: r, inherited: origin.from !== entry.code, from: origin.from }];
    }),
  );
}
