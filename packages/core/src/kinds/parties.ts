import { byId } from '../model/assemble-parts.js';
import type { Party } from '../model/model.js';
import type { KindDefinition } from './kind-definition.js';

/** The parties that profiles assign glossary entries to. */
export const partiesKind: KindDefinition<'parties'> = {
  kind: 'parties',
  names: [{ at: 'parties[].id', namespace: 'party' }],
  references: [{ at: 'parties[].stakeholder', to: 'stakeholder' }],
  nodes: [{ at: 'parties[]', node: (p: Party) => ({ kind: 'party', id: p.id, title: p.title }) }],
  fromModel: (model) => (model.parties.length > 0 ? [{ parties: [...model.parties] }] : []),
  assemble: (documents) => ({ parties: byId(documents.flatMap((d) => d.parties)) }),
  summary: { label: 'parties', text: (model) => `${model.parties.length}` },
};
