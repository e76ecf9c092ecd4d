import { byId } from '../model/assemble-parts.js';
import type { Stakeholder } from '../model/model.js';
import type { KindDefinition } from './kind-definition.js';

/** The stakeholder register, shared by every relationship map. */
export const stakeholdersKind: KindDefinition<'stakeholders'> = {
  kind: 'stakeholders',
  names: [{ at: 'stakeholders[].id', namespace: 'stakeholder' }],
  references: [{ at: 'stakeholders[].party', to: 'party' }],
  nodes: [{ at: 'stakeholders[]', node: (s: Stakeholder) => ({ kind: 'stakeholder', id: s.id, title: s.title }) }],
  fromModel: (model) => (model.stakeholders.length > 0 ? [{ stakeholders: [...model.stakeholders] }] : []),
  assemble: (documents) => ({ stakeholders: byId(documents.flatMap((d) => d.stakeholders)) }),
  summary: {
    label: 'stakeholders',
    text: (model, plural) =>
      `${model.stakeholders.length} in the register, ${plural(model.relationshipMaps.length, 'relationship map')}, ${plural(
        model.relationshipMaps.reduce((n, m) => n + m.relations.length, 0),
        'relation',
      )}`,
  },
};
