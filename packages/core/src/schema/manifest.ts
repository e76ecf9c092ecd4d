import { z } from 'zod';
import { Markdown, Title } from './primitives.js';

export const ModelDocument = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('model'),
    title: Title,
    description: Markdown.optional(),
    version: z.string().optional(),
  })
  .meta({ id: 'ModelManifestDocument', title: 'Model', description: 'The name and description of the whole model.' });
