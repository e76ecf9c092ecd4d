import { checkCollaborations } from '../check/check-collaborations.js';
import { byId } from '../model/assemble-parts.js';
import type { BusinessArea, Collaboration } from '../model/model.js';
import { LIFECYCLE_PHASES } from '../schema/collaboration.js';
import type { KindDefinition } from './kind-definition.js';

/** A collaboration between forces and OPCCs, with its business areas. */
export const collaborationKind: KindDefinition<'collaboration'> = {
  kind: 'collaboration',
  names: [{ at: 'id', namespace: 'collaboration' }],
  references: [
    { at: 'partners[]', to: 'party', edge: { kind: 'part-of-collaboration', as: 'partner', reverse: true } },
    { at: 'units[]', to: 'party', edge: { kind: 'part-of-collaboration', as: 'unit', reverse: true } },
    { at: 'governance', to: 'relationship map', edge: { kind: 'references' } },
    { at: 'costSplit[].party', to: 'party' },
    { at: 'businessAreas[].codes[]', to: 'glossary code', edge: { kind: 'carries-code' } },
    { at: 'businessAreas[].lead', to: 'party' },
    { at: 'escalation[].stakeholder', to: 'stakeholder' },
  ],
  checks: [checkCollaborations],
  nodes: [
    { at: '', node: (c: Collaboration) => ({ kind: 'collaboration', id: c.id, title: c.title }) },
    {
      at: 'businessAreas[]',
      node: (area: BusinessArea, c) => ({ kind: 'business-area', collaboration: c.id, id: area.id, title: area.title }),
      contained: true,
    },
  ],
  fromModel: (model) => model.collaborations,
  assemble: (documents) => ({ collaborations: byId(documents) }),
  summary: {
    label: 'collaborations',
    text: ({ collaborations }) => {
      const areas = collaborations.flatMap((c) => c.businessAreas);
      const phases = LIFECYCLE_PHASES.map((p) => `${p} ${areas.filter((a) => a.phase === p).length}`).join(', ');
      return `${collaborations.length}${areas.length === 0 ? '' : ` (business areas: ${phases})`}`;
    },
  },
  usage: (carrier, code) =>
    carrier.kind === 'business-area' ? { list: 'businessAreas', entry: { collaboration: carrier.collaboration, area: carrier.id, code } } : undefined,
};
