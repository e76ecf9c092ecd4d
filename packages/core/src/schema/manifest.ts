import { z } from 'zod';
import { IsoDate, Markdown, Title } from './primitives.js';

export const ModelDocument = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('model'),
    title: Title,
    description: Markdown.optional(),
    version: z.string().optional().meta({ description: 'The version of the model, e.g. 0.1.0.' }),
    asAt: IsoDate.optional().meta({ description: 'The date the content is correct as at, as YYYY-MM-DD: law and guidance change after it.' }),
  })
  .meta({ id: 'ModelManifestDocument', title: 'Model', description: 'The name and description of the whole model.' });
