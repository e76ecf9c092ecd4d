import { indexModel, relationLabel, relationshipMapId, type Model, type RelationshipMap, type Stakeholder, type StakeholderId } from '@opcc/core';

/** A relation, or several relations between the same two stakeholders in the same direction, as one labelled edge. */
export interface RelationEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** Each relation's words, e.g. "holds to account". */
  readonly labels: readonly string[];
  /** Each relation's kind, in the same order as the labels. */
  readonly kinds: readonly string[];
  /** True when relations also run the other way, so the label should move off the middle. */
  readonly opposed: boolean;
}

/** The stakeholders and merged relations of a relationship map. */
export interface RelationshipGraph {
  readonly map: RelationshipMap;
  readonly stakeholders: readonly Stakeholder[];
  readonly edges: readonly RelationEdge[];
}

/** The stakeholders shown on a relationship map (listed or named by a relation), in id order, and its relations merged by direction. */
export function relationshipGraph(model: Model, mapId: string): RelationshipGraph {
  const index = indexModel(model);
  const map = index.getRelationshipMap(relationshipMapId(mapId));
  const ids = new Set<StakeholderId>([...map.stakeholders, ...map.relations.flatMap((r) => [r.from, r.to])]);
  const stakeholders = [...ids]
    .sort()
    .map((id) => index.findStakeholder(id))
    .filter((s): s is Stakeholder => s !== undefined);
  const merged = new Map<string, { from: string; to: string; labels: string[]; kinds: string[] }>();
  for (const r of map.relations) {
    const key = `${r.from}>${r.to}`;
    const entry = merged.get(key) ?? { from: r.from, to: r.to, labels: [], kinds: [] };
    entry.labels.push(relationLabel(model, r));
    entry.kinds.push(r.kind);
    merged.set(key, entry);
  }
  const edges = [...merged.values()].map((e, i) => ({ id: `relation-${i}`, ...e, opposed: merged.has(`${e.to}>${e.from}`) }));
  return { map, stakeholders, edges };
}
