import { checkRelationshipMaps } from '../check/check-relationship-maps.js';
import { nodeKey } from '../graph/node-keys.js';
import { byId } from '../model/assemble-parts.js';
import type { RelationshipMap } from '../model/model.js';
import type { KindDefinition } from './kind-definition.js';

/** A relationship map: who relates to whom among the stakeholders, and how. */
export const relationshipMapKind: KindDefinition<'relationship-map'> = {
  kind: 'relationship-map',
  names: [{ at: 'id', namespace: 'relationship map' }],
  references: [
    { at: 'stakeholders[]', to: 'stakeholder' },
    { at: 'relations[].from', to: 'stakeholder' },
    { at: 'relations[].to', to: 'stakeholder' },
    { at: 'relations[].kind', to: 'relation kind' },
  ],
  checks: [checkRelationshipMaps],
  nodes: [{ at: '', node: (rm: RelationshipMap) => ({ kind: 'relationship-map', id: rm.id, title: rm.title }) }],
  // A map contains each stakeholder it shows once, whether listed or named by a relation; each relation is an edge of its own.
  edges: (rm) => [
    ...[...new Set<string>([...rm.stakeholders, ...rm.relations.flatMap((r) => [r.from, r.to])])]
      .sort()
      .map((s) => ({ source: nodeKey.relationshipMap(rm.id), target: nodeKey.stakeholder(s), attributes: { kind: 'contains' as const } })),
    ...rm.relations.map((r) => ({
      source: nodeKey.stakeholder(r.from),
      target: nodeKey.stakeholder(r.to),
      attributes: { kind: 'relates' as const, relation: r.kind, map: rm.id, ...(r.label === undefined ? {} : { label: r.label }) },
    })),
  ],
  fromModel: (model) => model.relationshipMaps,
  assemble: (documents) => ({ relationshipMaps: byId(documents) }),
};
