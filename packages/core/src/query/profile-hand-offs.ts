import type { Model, Party } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import { PARTY_TYPES } from '../schema/parties.js';
import type { PartyId, ProfileId } from '../schema/ids.js';
import { handOffs, type HandOff } from './hand-offs.js';
import { partiesOfProfile } from './profile-parties.js';
import { textId } from './text-id.js';
import { compareText } from '../util/compare.js';

/** The hand-offs between two parties on the process maps, each way. */
export interface PartyPairHandOffs {
  /** The two parties, the one that comes first by type (Commissioner, Chief Constable, …, collaboration unit) first. */
  readonly parties: readonly [Party, Party];
  /** From the first party to the second. */
  readonly forward: readonly HandOff[];
  /** From the second party back to the first. */
  readonly back: readonly HandOff[];
}

/**
 * Every pair of parties that matter to a profile, with the hand-offs between them both ways (see
 * {@link handOffs}): the parties the profile gives any role, and those that perform a lane on a
 * process map, so a map that passes work to a party the profile never names still shows. Pairs
 * with no hand-off are kept, since a pair that never meets on a map is worth seeing too. Parties
 * are ordered by type (Commissioner, Chief Constable, joint body, partner, collaboration unit,
 * other) and then by id, and the pairs in that order. The profile id may be branded or plain text.
 * @example
 * ```ts
 * for (const { parties: [a, b], forward, back } of profileHandOffs(guide, 'northshire')) console.log(`${a.title} and ${b.title}: ${forward.length + back.length}`);
 * ```
 * @throws {@link NotFoundError} when the model has no such profile, or the profile names a party the model lacks.
 */
export function profileHandOffs(model: Model, profile: ProfileId | string): PartyPairHandOffs[] {
  const index = indexModel(model);
  const named = Object.values(partiesOfProfile(model, textId<ProfileId>(profile))).flat();
  const laneParties = model.maps.flatMap((map) => map.lanes.flatMap((lane) => (lane.party === undefined ? [] : [index.parties.get(lane.party)])));
  const onLanes = laneParties.filter((party) => party !== undefined);
  const byId = new Map<PartyId, Party>([...named, ...onLanes].map((party) => [party.id, party]));
  const rank = (party: Party) => PARTY_TYPES.indexOf(party.type);
  const parties = [...byId.values()].sort((a, b) => rank(a) - rank(b) || compareText(a.id, b.id));
  return parties.flatMap((a, i) =>
    parties.slice(i + 1).map((b) => ({ parties: [a, b] as const, forward: handOffs(model, a.id, b.id), back: handOffs(model, b.id, a.id) })),
  );
}
