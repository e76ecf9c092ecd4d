import type { Lane, ProcessMap } from '@opcc/core';
import type { StepChangeKind } from './step-changes.js';

/** How a lane differs between two versions of a map: added, removed, moved (put in another place among the lanes) or changed (its party or its title). */
export type LaneChangeKind = Extract<StepChangeKind, 'added' | 'removed' | 'moved' | 'changed'>;

/** One lane that differs between two versions of a map, with what differs in words. */
export interface LaneChange {
  /** The lane's id. */
  readonly lane: string;
  /** What happened to the lane; its header's `data-change`. */
  readonly change: LaneChangeKind;
  /** The title the lane has in the version that shows it (the before title of a removed lane). */
  readonly title: string;
  /** What its header's badge says: `lane added`, `lane removed`, `lane moved`, `party changed` or `lane changed`. */
  readonly badge: string;
  /** What differs, e.g. `party was "Chief Constable", now "Alliance unit"`, `title was "Force"`, `now above "OPCC"`. */
  readonly details: readonly string[];
}

/**
 * The lanes that differ between two versions of a map, in the order of the after map's lanes and then the removed ones.
 * A lane is matched by its id; it has changed when the party that performs it, or its title, does, and moved when it is in
 * another place among the lanes both versions have (the fewest lanes that explain the new order: a `move-lane` names one).
 * `partyTitle` names a party in the words of the model (its title), the party's id when the model lacks it.
 * @example
 * ```ts
 * laneChanges(before.maps[0], after.maps[0], (id) => id); // [{ lane: 'alliance', change: 'added', badge: 'lane added', … }]
 * ```
 */
export function laneChanges(before: ProcessMap | undefined, after: ProcessMap | undefined, partyTitle: (id: string) => string): LaneChange[] {
  const old = new Map((before?.lanes ?? []).map((l) => [l.id as string, l]));
  const now = new Set((after?.lanes ?? []).map((l) => l.id as string));
  const party = (id: string | undefined) => (id === undefined ? 'no party' : `"${partyTitle(id)}"`);
  const changes: LaneChange[] = [];
  const moved = movedLanes(before?.lanes ?? [], after?.lanes ?? []);
  const afterLanes = after?.lanes ?? [];
  for (const [i, lane] of afterLanes.entries()) {
    const was = old.get(lane.id);
    if (was === undefined) {
      changes.push({
        lane: lane.id,
        change: 'added',
        title: lane.title,
        badge: 'lane added',
        details: lane.party === undefined ? [] : [`party ${party(lane.party)}`],
      });
      continue;
    }
    const details: string[] = [];
    if (was.party !== lane.party) details.push(`party was ${party(was.party)}, now ${party(lane.party)}`);
    if (was.title !== lane.title) details.push(`title was "${was.title}"`);
    // A lane both moved and changed is badged for its change, and its name says where it went too.
    const changed = details.length > 0;
    if (moved.has(lane.id)) {
      const next = afterLanes[i + 1];
      details.push(next === undefined ? 'now at the bottom' : `now above "${next.title}"`);
    }
    if (changed)
      changes.push({ lane: lane.id, change: 'changed', title: lane.title, badge: was.party === lane.party ? 'lane changed' : 'party changed', details });
    else if (details.length > 0) changes.push({ lane: lane.id, change: 'moved', title: lane.title, badge: 'lane moved', details });
  }
  for (const lane of before?.lanes ?? [])
    if (!now.has(lane.id)) changes.push({ lane: lane.id, change: 'removed', title: lane.title, badge: 'lane removed', details: [] });
  return changes;
}

/**
 * The lanes kept in both versions that are out of their old order in the new one: those outside the longest run of kept
 * lanes whose old order the new order keeps, so that moving one lane marks that lane alone. Of two such runs, the one
 * ending lower is kept, so that a lane moved above its neighbour is the one marked, as `move-lane` says it.
 */
function movedLanes(before: readonly Lane[], after: readonly Lane[]): Set<string> {
  const place = new Map(before.map((l, i) => [l.id as string, i]));
  const kept = after.flatMap((l) => (place.has(l.id) ? [{ id: l.id as string, was: place.get(l.id) ?? 0 }] : []));
  // Longest increasing run of old places (quadratic: a map has a handful of lanes).
  const length = kept.map(() => 1);
  const previous = kept.map(() => -1);
  kept.forEach((lane, i) => {
    for (let j = 0; j < i; j++)
      if ((kept[j]?.was ?? 0) < lane.was && (length[j] ?? 0) + 1 > (length[i] ?? 0)) [length[i], previous[i]] = [(length[j] ?? 0) + 1, j];
  });
  const stay = new Set<string>();
  for (let i = length.lastIndexOf(Math.max(0, ...length)); i >= 0; i = previous[i] ?? -1) stay.add(kept[i]?.id ?? '');
  return new Set(kept.filter((l) => !stay.has(l.id)).map((l) => l.id));
}
