import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from './documents.js';
import { hasPatternMessage } from './editor-json-schema.js';
import { jsonSchemaFor, modelJsonSchema } from './json-schema.js';

const shipped = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8'));

type Json = Record<string, unknown>;

/** Every object node of a JSON Schema, with the path to it. */
function nodes(schema: unknown, path = '#'): Array<{ path: string; node: Json }> {
  if (typeof schema !== 'object' || schema === null) return [];
  const here = Array.isArray(schema) ? [] : [{ path, node: schema as Json }];
  return [...here, ...Object.entries(schema).flatMap(([key, value]) => nodes(value, `${path}/${key}`))];
}

const definitions = modelJsonSchema()['definitions'] as Record<string, Json>;
const property = (definition: string, name: string): Json => ((definitions[definition]?.['properties'] ?? {}) as Record<string, Json>)[name] ?? {};

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

  it('describe every field, for hover and completion', () => {
    const undescribed = nodes(modelJsonSchema()).flatMap(({ path, node }) =>
      Object.entries((node['properties'] ?? {}) as Record<string, Json>)
        .filter(([, field]) => field['description'] === undefined && field['$ref'] === undefined)
        .map(([name]) => `${path}/${name}`),
    );
    expect(undescribed).toEqual([]);
  });

  it('explain every pattern in words, and wrap no reference in a one-item allOf', () => {
    const found = nodes(modelJsonSchema());
    const patterns = found.filter(({ node }) => typeof node['pattern'] === 'string');
    expect(patterns.length).toBeGreaterThan(0);
    for (const { path, node } of patterns) {
      expect(hasPatternMessage(node['pattern'] as string), path).toBe(true);
      expect(node['patternErrorMessage'], path).toEqual(expect.any(String));
    }
    expect(found.filter(({ node }) => Array.isArray(node['allOf']) && node['allOf'].length === 1).map(({ path }) => path)).toEqual([]);
  });

  it('take a glossary code or a version as the number an editor reads `2.1` or `1.0` as', () => {
    const code = definitions['GlossaryCode'] ?? {};
    expect(code['anyOf']).toContainEqual({ type: 'number', minimum: 0 });
    expect(JSON.stringify(code)).not.toContain('"integer"');
    expect(property('ModelManifestDocument', 'version')['anyOf']).toEqual([{ type: 'string' }, { type: 'number' }]);
  });

  it('keep the limits zod checks after reading a number, and refuse blank text', () => {
    const numberBranch = (field: Json) => (field['anyOf'] as Json[]).find((branch) => branch['type'] !== 'string');
    expect(numberBranch(property('Stakeholder', 'influence'))).toEqual({ type: 'integer', minimum: 1, maximum: 5 });
    expect(numberBranch(property('CostShare', 'percent'))).toEqual({ type: 'number', minimum: 0, maximum: 100 });
    expect(property('ModelManifestDocument', 'title')).toMatchObject({ type: 'string', pattern: '\\S', patternErrorMessage: 'This must not be blank.' });
    // Text that may be blank stays free.
    expect(property('Flow', 'label')['pattern']).toBeUndefined();
  });

  it('title each kind of step, so an editor offering them tells them apart', () => {
    const steps = definitions['Step']?.['oneOf'] as Json[];
    expect(steps.map((step) => step['title'])).toEqual([
      'Start step',
      'End step',
      'Activity step',
      'Decision step',
      'Output step',
      'Sub-process step',
      'Reference step',
    ]);
  });
});
