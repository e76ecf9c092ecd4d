import type { ProcessMap } from '@opcc/core';
import type { StepChangeKind } from './step-changes.js';

/** How a lane differs between two versions of a map: added, removed, or changed (its party or its title). */
export type LaneChangeKind = Extract<StepChangeKind, 'added' | 'removed' | 'changed'>;

/** One lane that differs between two versions of a map, with what differs in words. */
export interface LaneChange {
  /** The lane's id. */
  readonly lane: string;
  /** What happened to the lane; its header's `data-change`. */
  readonly change: LaneChangeKind;
  /** The title the lane has in the version that shows it (the before title of a removed lane). */
  readonly title: string;
  /** What its header's badge says: `lane added`, `lane removed`, `party changed` or `lane changed`. */
  readonly badge: string;
  /** What differs, e.g. `party was "Chief Constable", now "Alliance unit"`, `title was "Force"`. */
  readonly details: readonly string[];
}

/**
 * The lanes that differ between two versions of a map, in the order of the after map's lanes and then the removed ones.
 * A lane is matched by its id; it has changed when the party that performs it, or its title, does. `partyTitle` names a
 * party in the words of the model (its title), the party's id when the model lacks it.
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
  for (const lane of after?.lanes ?? []) {
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
    if (details.length > 0)
      changes.push({ lane: lane.id, change: 'changed', title: lane.title, badge: was.party === lane.party ? 'lane changed' : 'party changed', details });
  }
  for (const lane of before?.lanes ?? [])
    if (!now.has(lane.id)) changes.push({ lane: lane.id, change: 'removed', title: lane.title, badge: 'lane removed', details: [] });
  return changes;
}
