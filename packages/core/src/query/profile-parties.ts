import type { Model, Party } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import type { AccountabilityRole } from '../model/vocabulary.js';
import type { PartyId, ProfileId } from '../schema/ids.js';
import { textId } from './text-id.js';

/** The parties a profile names, role by role. */
export type PartiesByRole = { readonly [R in AccountabilityRole]: readonly Party[] };

/**
 * The parties a profile names in its assignments, role by role, each list sorted by id. A party
 * appears under a role when at least one assignment gives it that role. The profile id may be
 * branded or plain text.
 * @example
 * ```ts
 * partiesOfProfile(guide, 'northshire').accountable.map((p) => p.id); // ['chief-constable', 'pcc']
 * ```
 * @throws {@link NotFoundError} when the model has no such profile, or an assignment names a party the model lacks.
 */
export function partiesOfProfile(model: Model, profile: ProfileId | string): PartiesByRole {
  const index = indexModel(model);
  const found = index.getProfile(textId<ProfileId>(profile));
  const byRole = (role: AccountabilityRole): Party[] => [...new Set<PartyId>(found.assignments.flatMap((a) => a[role]))].sort().map((id) => index.getParty(id));
  return { accountable: byRole('accountable'), responsible: byRole('responsible'), consulted: byRole('consulted'), informed: byRole('informed') };
}
