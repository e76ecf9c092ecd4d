import { z } from 'zod';
import { GlossaryCode, GlossaryEntryId, OutcomeId } from './ids.js';
import { Markdown, Title, idList } from './primitives.js';

export const GlossaryEntry = z
  .strictObject({
    code: GlossaryCode,
    id: GlossaryEntryId.optional().meta({
      description: 'A stable id that survives renumbering. Defaults to "pag-" followed by the code with dots as hyphens.',
    }),
    title: Title,
    description: Markdown.optional(),
    level: z.string().trim().min(1).optional().meta({
      description: 'The level name, e.g. "process". Defaults to the glossary level for the depth of the code.',
    }),
    outcomes: idList(OutcomeId).meta({ description: 'Outcome framework elements this activity serves.' }),
  })
  .meta({ id: 'GlossaryEntry', description: 'One entry of the Police Activities Glossary.' });
/** A glossary entry as written in a file. */
export type GlossaryEntryInput = z.input<typeof GlossaryEntry>;

export const GlossaryDocument = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('glossary'),
    title: Title.optional(),
    edition: z.string().trim().min(1).optional().meta({ description: 'The edition of the glossary, e.g. "2012 illustrative".' }),
    illustrative: z.boolean().optional().meta({
      description: 'True when the glossary is an example and not an official edition.',
    }),
    levels: z.array(z.string().trim().min(1)).optional().meta({
      description: 'Level names by depth: the first names one-part codes, the second two-part codes, and so on.',
    }),
    entries: z.array(GlossaryEntry).default([]).meta({ description: 'The entries, each with a code and a title.' }),
  })
  .meta({
    id: 'GlossaryDocument',
    title: 'Police Activities Glossary',
    description: 'Entries of the Police Activities Glossary. Several glossary documents are merged into one glossary.',
  });
