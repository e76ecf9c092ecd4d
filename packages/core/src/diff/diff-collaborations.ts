import { canonicalJson, changedFields, pairBy } from '../impact/pair-by.js';
import type { Collaboration, Model } from '../model/model.js';
import type { Change } from '../schema/change-set.js';
import { fieldUpdate } from './field-update.js';
import { appendPlan } from './list-plan.js';

const AREA_FIELDS = ['title', 'description', 'codes', 'lead', 'start', 'due', 'savings'] as const;

function areaChanges(current: Collaboration, target: Collaboration): Change[] {
  const plan = appendPlan(
    current.businessAreas.map((a) => a.id),
    target.businessAreas.map((a) => a.id),
  );
  const removed = new Set(plan.remove);
  const appended = new Set(plan.append);
  const old = new Map(current.businessAreas.map((a) => [a.id, a]));
  const collaboration = target.id;
  return [
    ...current.businessAreas.filter((a) => removed.has(a.id)).map((a): Change => ({ change: 'remove-business-area', collaboration, area: a.id })),
    ...target.businessAreas.flatMap((area): Change[] => {
      const was = old.get(area.id);
      if (appended.has(area.id) || was === undefined) return [{ change: 'add-business-area', collaboration, area }];
      const fields = changedFields(was, area).filter((f) => (AREA_FIELDS as readonly string[]).includes(f));
      return [
        ...(was.phase === area.phase ? [] : [{ change: 'move-business-area', collaboration, area: area.id, from: was.phase, phase: area.phase } as Change]),
        ...(fields.length === 0 ? [] : [{ change: 'update-business-area', collaboration, area: area.id, ...fieldUpdate(was, area, fields) } as Change]),
      ];
    }),
  ];
}

const COLLABORATION_FIELDS = [
  'title',
  'type',
  'description',
  'illustrative',
  'agreement',
  'partners',
  'units',
  'governance',
  'principles',
  'priorities',
  'escalation',
] as const;

/**
 * Collaborations added; and of those both models have, their own fields, business areas brought
 * in, taken out, moved and updated, and cost splits replaced.
 */
export function collaborationChanges(current: Model, target: Model): Change[] {
  const paired = pairBy(current.collaborations, target.collaborations, (c) => c.id);
  return [
    ...paired.added.map((collaboration): Change => ({ change: 'add-collaboration', collaboration })),
    ...paired.kept.flatMap(([a, b]) => collaborationChange(a, b)),
  ];
}

/** Collaborations the target does not have. */
export function collaborationRemovals(current: Model, target: Model): Change[] {
  return pairBy(current.collaborations, target.collaborations, (c) => c.id).removed.map((c) => ({ change: 'remove-collaboration', collaboration: c.id }));
}

function collaborationChange(a: Collaboration, b: Collaboration): Change[] {
  const fields = changedFields(a, b).filter((f) => (COLLABORATION_FIELDS as readonly string[]).includes(f));
  return [
    ...(fields.length === 0 ? [] : [{ change: 'update-collaboration', collaboration: b.id, ...fieldUpdate(a, b, fields) } as Change]),
    ...areaChanges(a, b),
    ...(canonicalJson(a.costSplit) === canonicalJson(b.costSplit)
      ? []
      : [{ change: 'set-cost-split', collaboration: b.id, split: b.costSplit, was: a.costSplit } as Change]),
  ];
}
