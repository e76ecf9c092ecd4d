import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from './documents.js';
import { jsonSchemaFor, modelJsonSchema } from './json-schema.js';

const shipped = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8'));

describe('shipped JSON Schemas', () => {
  it('match the zod schemas (run `pnpm schemas` after changing a schema)', () => {
    expect(shipped('opcc-model.schema.json')).toEqual(modelJsonSchema());
    for (const kind of DOCUMENT_KINDS) expect(shipped(`${kind}.schema.json`)).toEqual(jsonSchemaFor(kind));
  });

  it('close every object so editors flag unknown fields', () => {
    const text = JSON.stringify(modelJsonSchema());
    expect(text).toContain('"additionalProperties":false');
    expect(text).not.toContain('"additionalProperties":true');
  });
});
