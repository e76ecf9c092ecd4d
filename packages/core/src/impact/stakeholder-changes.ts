import type { Model, Relation } from '../model/model.js';
import type { StakeholderId } from '../schema/ids.js';
import type { RelationMention, StakeholderChanges } from './impact-report.js';
import { changedFields, pairBy } from './pair-by.js';

const relationKey = (r: RelationMention) => [r.map, r.from, r.to, r.kind].join('\u0000');

function relationsOf(model: Model): RelationMention[] {
  return model.relationshipMaps.flatMap((map) => map.relations.map((r: Relation) => ({ map: map.id, from: r.from, to: r.to, kind: r.kind })));
}

/** Stakeholders added, removed and changed, relations added to and removed from relationship maps, and every stakeholder they touch. */
export function stakeholderChanges(before: Model, after: Model): StakeholderChanges {
  const people = pairBy(before.stakeholders, after.stakeholders, (s) => s.id);
  const relations = pairBy(relationsOf(before), relationsOf(after), relationKey);
  const changed = people.kept.flatMap(([a, b]) => {
    const fields = changedFields(a, b);
    return fields.length === 0 ? [] : [{ id: b.id, title: b.title, fields }];
  });
  const mention = (s: Model['stakeholders'][number]) => ({ id: s.id, title: s.title });
  const affected = new Set<StakeholderId>([
    ...people.added.map((s) => s.id),
    ...people.removed.map((s) => s.id),
    ...changed.map((s) => s.id),
    ...[...relations.added, ...relations.removed].flatMap((r) => [r.from, r.to]),
  ]);
  return {
    added: people.added.map(mention),
    removed: people.removed.map(mention),
    changed,
    relations: { added: relations.added, removed: relations.removed },
    affected: [...affected].sort(),
  };
}
