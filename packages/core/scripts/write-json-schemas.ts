// Writes the JSON Schemas shipped in packages/core/schemas; a test fails if they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_KINDS } from '../src/schema/documents.js';
import { jsonSchemaFor, modelJsonSchema } from '../src/schema/json-schema.js';

const out = fileURLToPath(new URL('../schemas/', import.meta.url));
mkdirSync(out, { recursive: true });
const write = (name: string, schema: unknown) => writeFileSync(`${out}${name}`, `${JSON.stringify(schema, null, 2)}\n`);
write('opcc-model.schema.json', modelJsonSchema());
for (const kind of DOCUMENT_KINDS) write(`${kind}.schema.json`, jsonSchemaFor(kind));
console.log(`wrote ${DOCUMENT_KINDS.length + 1} schemas to ${out}`);
