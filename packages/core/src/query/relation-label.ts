import type { Model, Relation } from '../model/model.js';
import { indexModel } from '../model/model-index.js';

/**
 * The words a relation is shown with: its own label, else its kind's title (the model's or a built-in), else the kind's id.
 * @example
 * ```ts
 * indexModel(guide).getRelationshipMap(relationshipMapId('fly-tipping')).relations.map((r) => relationLabel(guide, r));
 * ```
 */
export function relationLabel(model: Model, relation: Relation): string {
  return relation.label ?? indexModel(model).relationKinds.get(relation.kind)?.title ?? relation.kind;
}
