import { byId } from '../model/assemble-parts.js';
import type { Reference } from '../model/model.js';
import type { KindDefinition } from './kind-definition.js';

/** The library of reference material. */
export const referencesKind: KindDefinition<'references'> = {
  kind: 'references',
  names: [{ at: 'references[].id', namespace: 'reference' }],
  references: [{ at: 'references[].relationshipMap', to: 'relationship map', edge: { kind: 'references' } }],
  nodes: [{ at: 'references[]', node: (r: Reference) => ({ kind: 'reference', id: r.id, title: r.title }) }],
  fromModel: (model) => (model.references.length > 0 ? [{ references: [...model.references] }] : []),
  assemble: (documents) => ({ references: byId(documents.flatMap((d) => d.references)) }),
  summary: { label: 'reference material', text: (model, plural) => plural(model.references.length, 'item') },
};
