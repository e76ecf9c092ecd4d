import { z } from 'zod';
import { MapId, ReferenceId, SegmentId } from './ids.js';
import { Markdown, Title } from './primitives.js';

export const Alignment = z
  .strictObject({
    area: z.string().trim().min(1).meta({ description: 'The professional-framework area, e.g. "Information".' }),
    note: Markdown.meta({ description: 'How the standards of this segment align with that area.' }),
    reference: ReferenceId.optional().meta({ description: 'The framework page to open.' }),
    inferred: z
      .boolean()
      .optional()
      .meta({ description: "True when the alignment is this model's reading, not the words of its source; shown as inferred wherever it appears." }),
  })
  .meta({ id: 'Alignment' });

export const Overlay = z
  .strictObject({
    title: Title.meta({ description: 'The overlay as the value chain names it, e.g. "PAG".' }),
    description: Markdown.optional(),
    reference: ReferenceId.optional().meta({ description: 'Reference material about the overlay.' }),
  })
  .meta({ id: 'Overlay', description: 'Something laid over the whole value chain, such as the Police Activities Glossary.' });

export const Segment = z
  .strictObject({
    id: SegmentId,
    title: Title,
    description: Markdown.optional(),
    map: MapId.optional().meta({ description: 'The process map this segment opens.' }),
    alignment: Alignment.optional().meta({ description: 'How the segment lines up with an area of the professional framework.' }),
  })
  .meta({ id: 'Segment', description: 'A segment of the value chain.' });

export const ValueChainDocument = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('value-chain'),
    title: Title,
    description: Markdown.optional(),
    stages: z.array(Segment).default([]).meta({ description: 'Left to right, e.g. Engage & Consult, Develop, Commission, Monitor.' }),
    bands: z.array(Segment).default([]).meta({ description: 'Across the top: Manage public engagement, Lead service, Assure service.' }),
    areasTitle: Title.optional().meta({ description: 'The heading over the responsibility areas, e.g. "S4J OPCC Responsibilities".' }),
    areas: z.array(Segment).default([]).meta({ description: 'Responsibility areas of the professional framework.' }),
    chain: z.array(Segment).default([]).meta({ description: 'Mandate, then objectives and priorities, then outcomes.' }),
    supporting: z.array(Segment).default([]).meta({ description: 'Supporting processes, beneath the chain.' }),
    overlay: Overlay.optional().meta({ description: 'Drawn over the stages and areas, e.g. the Police Activities Glossary (PAG).' }),
  })
  .meta({ id: 'ValueChainDocument', title: 'Value chain', description: 'The OPCC value chain: the home page of the model.' });
