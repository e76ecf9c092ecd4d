import { z } from 'zod';
import { ReferenceId, RelationshipMapId } from './ids.js';
import { Link, Markdown, Title } from './primitives.js';

export const REFERENCE_KINDS = ['template', 'example', 'data-source', 'guidance', 'legislation', 'relationship-map'] as const;

export const Reference = z
  .strictObject({
    id: ReferenceId,
    title: Title,
    kind: z.enum(REFERENCE_KINDS).meta({
      description: 'What the material is: template, example, data-source, guidance, legislation or relationship-map.',
    }),
    href: Link.optional().meta({ description: 'Where the material is: a web address or a file path relative to the model folder.' }),
    relationshipMap: RelationshipMapId.optional().meta({
      description: 'For example relationship maps: the relationship map of this model that the item shows.',
    }),
    description: Markdown.optional(),
    note: z.string().optional().meta({ description: 'Said instead of a link when the material has no public page.' }),
  })
  .meta({ id: 'Reference', description: 'An item of reference material.' });

export const ReferencesDocument = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('references'),
    references: z.array(Reference).default([]).meta({ description: 'The items, each with an id, a title and a kind.' }),
  })
  .meta({ id: 'ReferencesDocument', title: 'Reference material', description: 'A library of reference material.' });
