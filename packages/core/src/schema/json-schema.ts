import { z } from 'zod';
import { documentSchemas, type DocumentKind } from './documents.js';
import { forEditors, keepLimits } from './editor-json-schema.js';

const OPTIONS = { io: 'input', target: 'draft-7', unrepresentable: 'any', override: keepLimits } as const;

/**
 * JSON Schema (draft 7, as editors support best) for one kind of document, as people write it,
 * shaped for the YAML language server that editors run (see editor-json-schema.ts).
 * @example
 * ```ts
 * writeFileSync('process-map.schema.json', JSON.stringify(jsonSchemaFor('process-map'), null, 2));
 * ```
 */
export function jsonSchemaFor(kind: DocumentKind): Record<string, unknown> {
  return forEditors(z.toJSONSchema(documentSchemas[kind], OPTIONS) as Record<string, unknown>);
}

/**
 * JSON Schema for any model document, chosen by its `kind`: the one schema to give an editor.
 * @example
 * ```ts
 * writeFileSync('opcc-model.schema.json', JSON.stringify(modelJsonSchema(), null, 2)); // point an editor's YAML schema setting at it
 * ```
 */
export function modelJsonSchema(): Record<string, unknown> {
  const options = Object.values(documentSchemas) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]];
  const any = z.union(options).meta({ title: 'OPCC model document', description: 'Any document of an OPCC operating model, chosen by its kind.' });
  return forEditors(z.toJSONSchema(any, OPTIONS) as Record<string, unknown>);
}
