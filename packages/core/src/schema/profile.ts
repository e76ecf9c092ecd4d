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
    responsible: PartyList,
    consulted: PartyList,
    informed: PartyList,
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
    area: z.string().trim().min(1).optional(),
    description: Markdown.optional(),
    assignments: z.array(Assignment).default([]),
  })
  .meta({
    id: 'ProfileDocument',
    title: 'Accountability profile',
    description: 'How one area draws the boundary of accountability between Commissioner, Chief Constable and others.',
  });
