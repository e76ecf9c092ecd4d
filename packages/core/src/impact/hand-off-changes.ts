import type { Model } from '../model/model.js';
import { handOffs, type HandOff } from '../query/hand-offs.js';
import type { PartyId } from '../schema/ids.js';
import type { AddedRemoved } from './impact-report.js';

/** Every hand-off of a model between the parties its lanes name, pair by pair in party order. */
function allHandOffs(model: Model): HandOff[] {
  const known = new Set(model.parties.map((p) => p.id));
  const lanes = [...new Set(model.maps.flatMap((m) => m.lanes.flatMap((l) => (l.party !== undefined && known.has(l.party) ? [l.party] : []))))].sort();
  return lanes.flatMap((from: PartyId) => lanes.flatMap((to) => (from === to ? [] : handOffs(model, from, to))));
}

const keyOf = (h: HandOff) => [h.map, h.from.step, h.from.lane, h.from.party, h.to.step, h.to.lane, h.to.party].join('\u0000');

/**
 * Hand-offs between parties that the change adds and removes. A hand-off is the same one when
 * its map, steps, lanes and parties are: a step moved to another party's lane removes the
 * hand-offs it had and adds new ones.
 */
export function handOffChanges(before: Model, after: Model): AddedRemoved<HandOff> {
  const a = allHandOffs(before);
  const b = allHandOffs(after);
  const old = new Set(a.map(keyOf));
  const now = new Set(b.map(keyOf));
  return { added: b.filter((h) => !old.has(keyOf(h))), removed: a.filter((h) => !now.has(keyOf(h))) };
}
