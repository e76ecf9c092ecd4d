import { z } from 'zod';
import { GlossaryCode, PartyId, ProfileId } from './ids.js';
import { Markdown, Title } from './primitives.js';

const PartyList = z
  .union([PartyId, z.array(PartyId)])
  .transform((value) => (Array.isArray(value) ? value : [value]))
  .default([]);

export const Assignment = z
  .strictObject({
    code: GlossaryCode,
    accountable: PartyList.meta({ description: 'The party (or, when shared, parties) accountable for this entry.' }),
    responsible: PartyList.meta({ description: 'The party or parties that do the work.' }),
    consulted: PartyList.meta({ description: 'The party or parties asked before a decision.' }),
    informed: PartyList.meta({ description: 'The party or parties told of the outcome.' }),
    note: Markdown.optional(),
  })
  .meta({
    id: 'Assignment',
    description: 'Who is accountable, responsible, consulted and informed for a glossary entry and, unless overridden, everything beneath it.',
  });

export const ProfileDocument = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('accountability-profile'),
    id: ProfileId,
    title: Title,
    area: z.string().trim().min(1).optional().meta({ description: 'The policing area the profile is for, e.g. "Northshire".' }),
    description: Markdown.optional(),
    assignments: z
      .array(Assignment)
      .default([])
      .meta({ description: 'Who is accountable for each glossary entry; an entry inherits from the nearest entry above it.' }),
  })
  .meta({
    id: 'ProfileDocument',
    title: 'Accountability profile',
    description: 'How one area draws the boundary of accountability between Commissioner, Chief Constable and others.',
  });
