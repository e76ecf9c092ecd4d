import { canonicalJson, changedFields, pairBy } from '../impact/pair-by.js';
import type { Model, Relation, RelationshipMap } from '../model/model.js';
import type { Change } from '../schema/change-set.js';
import { expectedOf, fieldUpdate } from './field-update.js';
import { appendPlan } from './list-plan.js';

const STAKEHOLDER_FIELDS = ['title', 'type', 'description', 'influence', 'interest', 'party', 'aliases'] as const;
const PARTY_FIELDS = ['title', 'type', 'area', 'description', 'stakeholder', 'aliases'] as const;

/** Stakeholders and parties to add, and those whose fields change: before anything names them. */
export function registerAdditions(current: Model, target: Model): Change[] {
  const people = pairBy(current.stakeholders, target.stakeholders, (s) => s.id);
  const parties = pairBy(current.parties, target.parties, (p) => p.id);
  return [
    ...parties.added.map((party): Change => ({ change: 'add-party', party })),
    ...people.added.map((stakeholder): Change => ({ change: 'add-stakeholder', stakeholder })),
    ...people.kept.flatMap(([a, b]): Change[] => {
      const fields = changedFields(a, b).filter((f) => (STAKEHOLDER_FIELDS as readonly string[]).includes(f));
      return fields.length === 0 ? [] : [{ change: 'update-stakeholder', stakeholder: b.id, ...fieldUpdate(a, b, fields) } as Change];
    }),
    ...parties.kept.flatMap(([a, b]): Change[] => {
      const fields = changedFields(a, b).filter((f) => (PARTY_FIELDS as readonly string[]).includes(f));
      return fields.length === 0 ? [] : [{ change: 'update-party', party: b.id, ...fieldUpdate(a, b, fields) } as Change];
    }),
  ];
}

/** Stakeholders and parties the target does not have: once nothing names them, so last. */
export function registerRemovals(current: Model, target: Model): Change[] {
  return [
    ...pairBy(current.stakeholders, target.stakeholders, (s) => s.id).removed.map((s): Change => ({ change: 'remove-stakeholder', stakeholder: s.id })),
    ...pairBy(current.parties, target.parties, (p) => p.id).removed.map((p): Change => ({
      change: 'remove-party',
      party: p.id,
      was: { title: p.title, type: p.type },
    })),
  ];
}

const relationKey = (r: Relation) => canonicalJson(r);

function relationChanges(current: RelationshipMap, target: RelationshipMap): Change[] {
  // A relation has no update: one whose label changes is taken out and added again.
  const plan = appendPlan(current.relations.map(relationKey), target.relations.map(relationKey));
  const removed = new Set(plan.remove);
  const appended = new Set(plan.append);
  return [
    ...current.relations
      .filter((r) => removed.has(relationKey(r)))
      .map((r): Change => ({ change: 'remove-relation', relationshipMap: current.id, from: r.from, to: r.to, kind: r.kind, was: expectedOf(r, ['label']) })),
    ...target.relations
      .filter((r) => appended.has(relationKey(r)))
      .map((relation): Change => ({ change: 'add-relation', relationshipMap: target.id, relation })),
  ];
}

/**
 * Relationship maps added, and relations added and removed; a map whose own fields (title,
 * description, layout) change has no update, so it is replaced whole.
 */
export function relationshipMapChanges(current: Model, target: Model): Change[] {
  const paired = pairBy(current.relationshipMaps, target.relationshipMaps, (m) => m.id);
  return [
    ...paired.added.map((relationshipMap): Change => ({ change: 'add-relationship-map', relationshipMap })),
    ...paired.kept.flatMap(([a, b]): Change[] =>
      changedFields(a, b, ['relations']).length === 0
        ? relationChanges(a, b)
        : [
            { change: 'remove-relationship-map', relationshipMap: a.id },
            { change: 'add-relationship-map', relationshipMap: b },
          ],
    ),
  ];
}

/** Relationship maps the target does not have. */
export function relationshipMapRemovals(current: Model, target: Model): Change[] {
  return pairBy(current.relationshipMaps, target.relationshipMaps, (m) => m.id).removed.map((m) => ({
    change: 'remove-relationship-map',
    relationshipMap: m.id,
  }));
}
