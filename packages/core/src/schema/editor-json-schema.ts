import { z } from 'zod';
import { GLOSSARY_CODE_PATTERN, ID_PATTERN, LINK_PATTERN, NUMBER_TEXT_PATTERN } from './primitives.js';

/*
 * What zod writes as JSON Schema is right for a validator that reads JSON, but editors read YAML
 * with the YAML language server (VS Code's YAML extension), and a few things read differently
 * there. These adjustments make the editor accept what `opcc validate` accepts and refuse what it
 * refuses, and make its completion, hover and messages readable.
 */

type Json = Record<string, unknown>;

/** Any zod schema, as the JSON Schema conversion hands it over. */
type ZodNode = z.core.$ZodType;

const BLANK_PATTERN = '\\S';

/** What the editor says when a text does not match a pattern, instead of showing the pattern. */
const PATTERN_MESSAGES: ReadonlyMap<string, string> = new Map([
  [ID_PATTERN.source, 'An id is lower-case letters and digits in words joined by hyphens, e.g. conduct-stakeholder-analysis.'],
  [GLOSSARY_CODE_PATTERN.source, 'A glossary code is whole numbers without leading zeros joined by dots, e.g. 1.1.2.8.'],
  [LINK_PATTERN.source, 'A link starts with http://, https:// or mailto:, or is a path relative to the model folder.'],
  [NUMBER_TEXT_PATTERN.source, 'Write a number, e.g. 3 or 2.5.'],
  [z.iso.date()._zod.def.pattern?.source ?? '', 'Write the date as YYYY-MM-DD, e.g. 2025-04-01.'],
  [BLANK_PATTERN, 'This must not be blank.'],
]);

/** Whether every pattern in a schema has a readable message for the editor to show. */
export function hasPatternMessage(pattern: string): boolean {
  return PATTERN_MESSAGES.has(pattern);
}

/**
 * The `override` of zod's JSON Schema conversion: keeps the limits that zod checks after turning
 * text into a number (a score of 1 to 5, a percentage), which the input side of the pipe loses,
 * and refuses blank text where zod trims before counting.
 */
export function keepLimits({ zodSchema, jsonSchema }: { zodSchema: ZodNode; jsonSchema: Json }): void {
  const def = zodSchema._zod.def as unknown as Record<string, unknown>;
  if (def['type'] === 'pipe') keepNumberLimits(def['out'] as ZodNode, jsonSchema);
  const refusesBlank = jsonSchema['type'] === 'string' && jsonSchema['minLength'] === 1 && jsonSchema['pattern'] === undefined;
  if (refusesBlank && !z.safeParse(zodSchema, ' ').success && z.safeParse(zodSchema, 'x').success) {
    // The pattern says all that the minimum length said, and one message is enough.
    delete jsonSchema['minLength'];
    jsonSchema['pattern'] = BLANK_PATTERN;
  }
}

function keepNumberLimits(out: ZodNode, jsonSchema: Json): void {
  if ((out._zod.def as { type: string }).type !== 'number') return;
  const { $schema: _, ...limits } = z.toJSONSchema(out, { target: 'draft-7' }) as Json;
  const limit = (branch: Json): Json => (branch['type'] === 'number' || branch['type'] === 'integer' ? { ...branch, ...limits } : branch);
  // The branches are shared with every other schema built on the same one, so they are replaced, not changed.
  if (Array.isArray(jsonSchema['anyOf'])) jsonSchema['anyOf'] = (jsonSchema['anyOf'] as Json[]).map(limit);
  else Object.assign(jsonSchema, limit(jsonSchema));
}

/**
 * The schema as the YAML language server should see it, changed in place and returned:
 * - the YAML 1.2 reader of editors reads `code: 2.1` and `version: 1.0` as numbers, where the
 *   loader keeps them as the text "2.1" and "1.0", so those fields take a number too;
 * - a one-item `allOf` (how a described reference is written) becomes the reference with its
 *   description beside it, so completion knows the field's type and inserts `field: `;
 * - every pattern gets a `patternErrorMessage`, so a mistake is explained, not shown as a regular expression;
 * - `kind`, `$schema` and choices get a description for hover when the zod schema gives none.
 */
export function forEditors(schema: Json): Json {
  const definitions = (schema['definitions'] ?? {}) as Record<string, Json>;
  const walk = (node: unknown, key: string | undefined): void => {
    if (Array.isArray(node)) for (const item of node) walk(item, undefined);
    else if (typeof node === 'object' && node !== null) {
      adjust(node as Json, key, definitions);
      for (const [name, value] of Object.entries(node)) {
        if (name !== 'properties') walk(value, undefined);
        else for (const [field, inner] of Object.entries(value as Record<string, unknown>)) walk(inner, field);
      }
    }
  };
  walk(schema, undefined);
  return schema;
}

function adjust(json: Json, key: string | undefined, definitions: Record<string, Json>): void {
  mergeSingleAllOf(json);
  acceptNumbersKeptAsText(json, key);
  describe(json, key, definitions);
  if (typeof json['pattern'] === 'string') json['patternErrorMessage'] = PATTERN_MESSAGES.get(json['pattern']) ?? 'This is not in the expected form.';
  const properties = json['properties'];
  if (typeof properties === 'object' && properties !== null) describeKind(json, properties as Record<string, Json>);
}

function mergeSingleAllOf(json: Json): void {
  const allOf = json['allOf'];
  if (!Array.isArray(allOf) || allOf.length !== 1) return;
  const only = allOf[0] as Json;
  if (Object.keys(only).some((name) => name !== 'allOf' && Object.hasOwn(json, name))) return;
  delete json['allOf'];
  Object.assign(json, only);
}

function acceptNumbersKeptAsText(json: Json, key: string | undefined): void {
  const anyOf = json['anyOf'];
  if (Array.isArray(anyOf) && anyOf.some((branch: Json) => branch['pattern'] === GLOSSARY_CODE_PATTERN.source)) {
    // Any number the editor shows here was written as digits and dots, which the loader reads as a code.
    json['anyOf'] = anyOf.map((branch: Json) => (branch['type'] === 'integer' ? { type: 'number', minimum: 0 } : branch));
  } else if (key === 'version' && json['type'] === 'string' && Object.keys(json).every((name) => name === 'type' || name === 'description')) {
    delete json['type'];
    json['anyOf'] = [{ type: 'string' }, { type: 'number' }];
    json['description'] ??= 'The version, e.g. 1.0 or 2025-26.';
  }
}

function describe(json: Json, key: string | undefined, definitions: Record<string, Json>): void {
  if (json['description'] !== undefined || key === undefined) return;
  const items = json['type'] === 'array' ? (json['items'] as Json | undefined) : undefined;
  const item = typeof items?.['$ref'] === 'string' ? definitions[items['$ref'].replace('#/definitions/', '')] : items;
  if (Array.isArray(json['enum'])) json['description'] = `One of: ${(json['enum'] as unknown[]).join(', ')}.`;
  else if (key === '$schema') json['description'] = 'The path or address of the JSON Schema, for editors; the model does not use it.';
  else if (typeof item?.['description'] === 'string') json['description'] = `A list; each item: ${item['description']}`;
}

function describeKind(json: Json, properties: Record<string, Json>): void {
  const kind = properties['kind'];
  // A document is the object with a `$schema` field; its `kind` is what the editor completes first.
  if (kind === undefined || properties['$schema'] === undefined || kind['description'] !== undefined) return;
  const title = typeof json['title'] === 'string' ? ` (${json['title']})` : '';
  kind['description'] =
    `The kind of document: ${String(kind['const'])}${title}. It decides which fields the document has; after \`---\` a file may hold another document of any kind.`;
}
