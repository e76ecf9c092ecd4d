import { z } from 'zod';
import { BusinessAreaId, CollaborationId, GlossaryCode, PartyId, RelationshipMapId, StakeholderId } from './ids.js';
import { IsoDate, Markdown, Num, Title, idList } from './primitives.js';

export const LIFECYCLE_PHASES = ['scoping', 'design', 'planning', 'implementation', 'live'] as const;
/** Where a collaboration business area stands. */
export type LifecyclePhase = (typeof LIFECYCLE_PHASES)[number];

export const BusinessArea = z
  .strictObject({
    id: BusinessAreaId,
    title: Title,
    description: Markdown.optional(),
    codes: idList(GlossaryCode).meta({ description: 'The glossary entries this business area covers.' }),
    phase: z.enum(LIFECYCLE_PHASES).meta({ description: 'Where the business area stands: scoping, design, planning, implementation or live.' }),
    start: IsoDate.optional().meta({ description: 'When work on the business area started, as YYYY-MM-DD.' }),
    due: IsoDate.optional().meta({ description: 'When the business area is due to go live, as YYYY-MM-DD.' }),
    savings: z
      .strictObject({
        planned: Num.optional().meta({ description: 'Planned annual savings in pounds.' }),
        realised: Num.optional().meta({ description: 'Savings realised so far in pounds.' }),
      })
      .optional()
      .meta({ description: 'Savings in pounds a year, planned and realised.' }),
    lead: PartyId.optional().meta({ description: 'The party that leads the business area.' }),
  })
  .meta({ id: 'BusinessArea' });

export const CostShare = z
  .strictObject({
    party: PartyId.meta({ description: 'The partner that pays this share.' }),
    percent: Num.pipe(z.number().min(0).max(100)).meta({ description: 'The share of the cost, from 0 to 100 per cent.' }),
  })
  .meta({ id: 'CostShare' });

export const Priority = z
  .strictObject({
    title: Title.meta({ description: 'The priority, e.g. "Improving confidence in the police".' }),
    description: Markdown.optional(),
  })
  .meta({ id: 'Priority', description: 'One of the priorities a collaboration plan sets.' });

export const EscalationLevel = z
  .strictObject({
    level: Title.meta({ description: 'The level, e.g. "Project" or "Executive board".' }),
    description: Markdown.optional().meta({ description: 'What is done with risks at this level.' }),
    stakeholder: StakeholderId.optional().meta({ description: 'The board or group that holds the risks at this level.' }),
  })
  .meta({ id: 'EscalationLevel', description: 'One level of the route by which risks are escalated, lowest first.' });

export const CollaborationDocument = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('collaboration'),
    id: CollaborationId,
    title: Title,
    type: z
      .enum(['strategic-alliance', 'regional', 'bilateral', 'blue-light'])
      .meta({ description: 'What kind of collaboration: strategic-alliance, regional, bilateral or blue-light.' }),
    description: Markdown.optional(),
    illustrative: z
      .boolean()
      .optional()
      .meta({ description: 'True when the collaboration, its figures and its dates are made up to show how the model works; marked as such on the site.' }),
    agreement: z.string().optional().meta({ description: 'The legal basis, e.g. a section 22A collaboration agreement.' }),
    partners: idList(PartyId).meta({ description: 'Partner forces and OPCCs.' }),
    units: idList(PartyId).meta({
      description:
        'Collaboration units: they can be responsible for glossary entries; each partner Chief Constable stays accountable for what a section 22A collaboration delivers.',
    }),
    governance: RelationshipMapId.optional().meta({ description: 'The relationship map of the governance boards.' }),
    costSplit: z.array(CostShare).default([]).meta({ description: 'How the partners share the cost, in per cent.' }),
    principles: z.array(z.string()).default([]).meta({ description: 'The principles the partners agreed to work by.' }),
    priorities: z.array(Priority).optional().meta({ description: 'The priorities of the collaboration plan, in order.' }),
    escalation: z.array(EscalationLevel).optional().meta({ description: 'The levels through which new or increasing risks are escalated, lowest first.' }),
    businessAreas: z.array(BusinessArea).default([]).meta({ description: 'The business areas brought together, each with an id, a title and a phase.' }),
  })
  .meta({ id: 'CollaborationDocument', title: 'Collaboration', description: 'A collaboration between forces and OPCCs.' });
