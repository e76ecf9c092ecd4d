import type { Model, Relation, RelationshipMap, Stakeholder } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import type { RelationshipMapId, StakeholderId } from '../schema/ids.js';
import { textId } from './text-id.js';

/*
 * Relationship-map queries take ids as branded ids or plain text; an unknown id throws
 * NotFoundError, as the index's `get…` does.
 */

/**
 * The stakeholders a relationship map shows, sorted by id: those it lists and those its relations name.
 * @example
 * ```ts
 * stakeholdersOfRelationshipMap(guide, 'fly-tipping').map((s) => s.title);
 * ```
 * @throws {@link NotFoundError} when the model has no such relationship map.
 */
export function stakeholdersOfRelationshipMap(model: Model, map: RelationshipMapId | string): Stakeholder[] {
  const index = indexModel(model);
  return stakeholderIds(index.getRelationshipMap(textId<RelationshipMapId>(map)))
    .map((id) => index.findStakeholder(id))
    .filter((s) => s !== undefined);
}

/**
 * The relations of a relationship map in the order it lists them; given a stakeholder, only those
 * from or to it.
 * @example
 * ```ts
 * relationsOfRelationshipMap(guide, 'fly-tipping', 'pcc'); // [{ from: 'pcc', to: 'community-safety-partnership', kind: 'funds', … }]
 * ```
 * @throws {@link NotFoundError} when the model has no such relationship map, or no such stakeholder.
 */
export function relationsOfRelationshipMap(model: Model, map: RelationshipMapId | string, stakeholder?: StakeholderId | string): Relation[] {
  const index = indexModel(model);
  const found = index.getRelationshipMap(textId<RelationshipMapId>(map));
  if (stakeholder === undefined) return [...found.relations];
  const id = index.getStakeholder(textId<StakeholderId>(stakeholder)).id;
  return found.relations.filter((r) => r.from === id || r.to === id);
}

/**
 * The relationship maps a stakeholder appears on (listed, or named by a relation), by id in the model's order.
 * @example
 * ```ts
 * relationshipMapsOfStakeholder(guide, 'environment-agency'); // ['fly-tipping']
 * ```
 * @throws {@link NotFoundError} when the model has no such stakeholder.
 */
export function relationshipMapsOfStakeholder(model: Model, stakeholder: StakeholderId | string): RelationshipMapId[] {
  const id = indexModel(model).getStakeholder(textId<StakeholderId>(stakeholder)).id;
  return model.relationshipMaps.filter((map) => stakeholderIds(map).includes(id)).map((map) => map.id);
}

function stakeholderIds(map: RelationshipMap): StakeholderId[] {
  return [...new Set([...map.stakeholders, ...map.relations.flatMap((r) => [r.from, r.to])])].sort();
}
