import { changedFields, pairBy } from '../impact/pair-by.js';
import type { Assignment, Model, Profile } from '../model/model.js';
import type { Change } from '../schema/change-set.js';
import { fieldUpdate } from './field-update.js';
import { appendPlan } from './list-plan.js';

const PROFILE_FIELDS = ['title', 'area', 'description'] as const;

/** An assignment is kept in place, its roles and note set where it stands, unless the order of assignments changes around it. */
const identity = (a: Assignment) => a.code;

/** The parties of every role of an assignment, copied. */
function rolesOf(a: Assignment) {
  return { accountable: [...a.accountable], responsible: [...a.responsible], consulted: [...a.consulted], informed: [...a.informed] };
}

/** Sets every role of an assignment, and its note when it differs from the one the assignment had (null clears it). */
function setAccountability(profile: Profile, a: Assignment, was?: Assignment): Change {
  return {
    change: 'set-accountability',
    profile: profile.id,
    code: a.code,
    ...rolesOf(a),
    ...(a.note === was?.note ? {} : { note: a.note ?? null }),
  } as Change;
}

function assignmentChanges(current: Profile, target: Profile): Change[] {
  const plan = appendPlan(current.assignments.map(identity), target.assignments.map(identity));
  const removed = new Set(plan.remove);
  const appended = new Set(plan.append);
  const old = new Map(current.assignments.map((a) => [identity(a), a]));
  return [
    ...current.assignments
      .filter((a) => removed.has(identity(a)))
      .map((a): Change => ({ change: 'clear-accountability', profile: current.id, code: a.code, was: rolesOf(a) })),
    ...target.assignments.flatMap((a): Change[] => {
      if (appended.has(identity(a))) return [setAccountability(target, a)];
      const was = old.get(identity(a));
      return was === undefined || changedFields(was, a).length === 0 ? [] : [setAccountability(target, a, was)];
    }),
  ];
}

/** Profiles added, changed (title, area, description, assignments in order); removals are left to {@link profileRemovals}. */
export function profileChanges(current: Model, target: Model): Change[] {
  const paired = pairBy(current.profiles, target.profiles, (p) => p.id);
  return [
    ...paired.added.map((profile): Change => ({ change: 'add-profile', profile })),
    ...paired.kept.flatMap(([a, b]): Change[] => {
      const fields = changedFields(a, b).filter((f) => (PROFILE_FIELDS as readonly string[]).includes(f));
      const update = fields.length === 0 ? [] : [{ change: 'update-profile', profile: b.id, ...fieldUpdate(a, b, fields) } as Change];
      return [...update, ...assignmentChanges(a, b)];
    }),
  ];
}

/** Profiles the target does not have. */
export function profileRemovals(current: Model, target: Model): Change[] {
  return pairBy(current.profiles, target.profiles, (p) => p.id).removed.map((p) => ({ change: 'remove-profile', profile: p.id }));
}
