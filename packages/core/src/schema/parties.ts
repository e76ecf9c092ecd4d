import { z } from 'zod';
import { PartyId, StakeholderId } from './ids.js';
import { Markdown, Title } from './primitives.js';
import { Aliases } from './stakeholders.js';

export const PARTY_TYPES = ['commissioner', 'chief-constable', 'joint', 'partner', 'collaboration-unit', 'other'] as const;

export const Party = z
  .strictObject({
    id: PartyId,
    title: Title,
    type: z.enum(PARTY_TYPES).meta({ description: 'What the party is: commissioner, chief-constable, joint, partner, collaboration-unit or other.' }),
    area: z.string().trim().min(1).optional().meta({ description: 'The policing area, e.g. "Northshire".' }),
    description: Markdown.optional(),
    stakeholder: StakeholderId.optional().meta({ description: 'The same body in the stakeholder register, if it is there.' }),
    aliases: Aliases.optional(),
  })
  .meta({ id: 'Party', description: 'A body that can be accountable for glossary entries.' });

export const PartiesDocument = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('parties'),
    parties: z.array(Party).default([]).meta({ description: 'The parties, each with an id, a title and a type.' }),
  })
  .meta({ id: 'PartiesDocument', title: 'Parties', description: 'The parties that accountability profiles assign activities to.' });
