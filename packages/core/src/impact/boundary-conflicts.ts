import type { Model, Profile } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import { roleOrigin } from '../query/role-origin.js';
import { sharedProfiles } from './entry-changes.js';
import type { BoundaryConflict } from './impact-report.js';

/**
 * The steps of a model, under one profile, performed in a lane whose party is neither
 * accountable nor responsible for the glossary entry the step carries. Steps with no code, no
 * lane, a lane with no party, or a code the glossary lacks are not judged.
 */
function conflictsUnder(model: Model, profile: Profile): BoundaryConflict[] {
  const entries = indexModel(model).entries;
  return model.maps.flatMap((map) => {
    const parties = new Map(map.lanes.map((lane) => [lane.id, lane.party]));
    return map.steps.flatMap((step) => {
      if (step.kind !== 'activity' || step.code === undefined || step.lane === undefined || !entries.has(step.code)) return [];
      const party = parties.get(step.lane);
      if (party === undefined) return [];
      const accountable = roleOrigin(profile, step.code, 'accountable').parties;
      const responsible = roleOrigin(profile, step.code, 'responsible').parties;
      if (accountable.includes(party) || responsible.includes(party)) return [];
      return [
        {
          profile: profile.id,
          map: map.id,
          step: step.id,
          title: step.title,
          code: step.code,
          lane: step.lane,
          party,
          accountable: [...accountable].sort(),
          responsible: [...responsible].sort(),
        },
      ];
    });
  });
}

const keyOf = (c: BoundaryConflict) => `${c.profile}\u0000${c.map}\u0000${c.step}\u0000${c.party}\u0000${c.code}`;

/**
 * Boundary conflicts the change creates and resolves, per profile both models have: a conflict is
 * the same one when the profile, map, step, lane party and code are the same, so moving a step
 * to another party's lane resolves one conflict and may create another.
 */
export function boundaryConflicts(before: Model, after: Model): { created: BoundaryConflict[]; resolved: BoundaryConflict[] } {
  const created: BoundaryConflict[] = [];
  const resolved: BoundaryConflict[] = [];
  for (const [was, now] of sharedProfiles(before, after)) {
    const a = conflictsUnder(before, was);
    const b = conflictsUnder(after, now);
    const old = new Set(a.map(keyOf));
    const current = new Set(b.map(keyOf));
    created.push(...b.filter((c) => !old.has(keyOf(c))));
    resolved.push(...a.filter((c) => !current.has(keyOf(c))));
  }
  return { created, resolved };
}
