import type { z } from 'zod';
import type { CodedFields, FoundType } from '../diagnostics/fields.js';
import { suggest } from '../diagnostics/suggest.js';
import { GLOSSARY_CODE_PATTERN, ID_PATTERN, LINK_PATTERN, NUMBER_TEXT_PATTERN } from '../schema/primitives.js';
import { knownKeys } from './schema-keys.js';
import { unknownFieldFields } from './unknown-field.js';

type Path = ReadonlyArray<string | number>;

/** A schema problem before it is given a file position. */
export type SchemaProblem = CodedFields & {
  readonly path: Path;
  readonly target: 'key' | 'value';
};

/** The codes of a value that does not match its pattern; the message of each says how to write it. */
const PATTERN_CODES = new Map<string, 'invalid-id' | 'invalid-glossary-code' | 'unsafe-link' | 'digits'>([
  [String(ID_PATTERN), 'invalid-id'],
  [String(GLOSSARY_CODE_PATTERN), 'invalid-glossary-code'],
  [String(LINK_PATTERN), 'unsafe-link'],
  [String(NUMBER_TEXT_PATTERN), 'digits'],
]);

/** The codes a schema's own check may give its issue in `params.code`: their fields take the check's prose. */
const CUSTOM_CODES = new Set<string>(['unsafe-link', 'invalid-value'] satisfies Array<'unsafe-link' | 'invalid-value'>);

/** Turns zod's issues into problems a person can act on, each with its own code and place. */
export function schemaProblems(issues: ReadonlyArray<z.core.$ZodIssue>, schema: z.core.$ZodType, value: unknown): SchemaProblem[] {
  const problems = issues.flatMap((issue) => problemsFor(issue, [], schema, value));
  // A misspelt required field is one mistake: "titel" is reported, with "title" suggested,
  // and the missing "title" is not reported again.
  const misspelt = new Set(
    problems.flatMap((p) =>
      p.code === 'unknown-field' && p.fields.suggestion !== undefined ? [describePath([...p.path.slice(0, -1), p.fields.suggestion])] : [],
    ),
  );
  return problems.filter((p) => !(p.code === 'missing-field' && misspelt.has(describePath(p.path))));
}

function problemsFor(issue: z.core.$ZodIssue, prefix: Path, schema: z.core.$ZodType, root: unknown): SchemaProblem[] {
  const path = [...prefix, ...issue.path] as Path;
  const where = describePath(path);
  const found = valueAt(root, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const parent = isObject(found) ? found : {};
      return issue.keys.map((key): SchemaProblem => ({
        code: 'unknown-field',
        fields: unknownFieldFields(key, parent[key], path, where, schema, root),
        path: [...path, key],
        target: 'key',
      }));
    }
    case 'invalid_type':
      if (issue.expected === 'int' && (typeof found === 'number' || (typeof found === 'string' && NUMBER_TEXT_PATTERN.test(found)))) {
        return [{ code: 'invalid-value', fields: { at: where, value: found, expected: 'whole number' }, path, target: 'value' }];
      }
      if (found === undefined) return [missingField(path, String(path.at(-1)), path)];
      return [{ code: 'invalid-type', fields: { at: where, expected: [issue.expected], ...foundValue(found) }, path, target: 'value' }];
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const suggestion = typeof found === 'string' ? suggest(found, allowed) : undefined;
      return [{ code: 'invalid-value', fields: { at: where, value: found, allowed, suggestion }, path, target: 'value' }];
    }
    case 'invalid_union':
      return unionProblems(issue, path, schema, root);
    case 'too_small':
    case 'too_big':
      return [sizeProblem(issue, path, where)];
    case 'invalid_format':
      return [formatProblem(issue, path, where, found)];
    case 'custom':
      return [{ code: customCode(issue), fields: { at: where, detail: issue.message }, path, target: 'value' }];
    default:
      return [{ code: 'invalid-value', fields: { at: where, detail: issue.message }, path, target: 'value' }];
  }
}

function unionProblems(issue: z.core.$ZodIssueInvalidUnion, path: Path, schema: z.core.$ZodType, root: unknown): SchemaProblem[] {
  const found = valueAt(root, path);
  const noMatch = issue as { note?: string; discriminator?: string; options?: unknown[] };
  if (noMatch.note === 'No matching discriminator' && noMatch.discriminator !== undefined) {
    const allowed = noMatch.options?.map(String) ?? [];
    if (found === undefined) return [missingField(path, noMatch.discriminator, path.slice(0, -1), allowed)];
    const suggestion = typeof found === 'string' ? suggest(found, allowed) : undefined;
    return [{ code: 'invalid-value', fields: { at: describePath(path), value: found, allowed, suggestion }, path, target: 'value' }];
  }
  if (found === undefined) return [missingField(path, String(path.at(-1)), path)];
  // Report the branch that got furthest: the one whose problems are not about the value's type.
  const branches = (issue.errors as z.core.$ZodIssue[][]).filter((branch) => branch.length > 0);
  const best = branches.find((branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0));
  if (best !== undefined) return best.flatMap((inner) => problemsFor(inner, path, schema, root));
  const expected = branches.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => (i as { expected: string }).expected));
  return [{ code: 'invalid-type', fields: { at: describePath(path), expected, ...foundValue(found) }, path, target: 'value' }];
}

/** A required field that is missing; `named` is the path of the field, `at` where the problem is put. */
function missingField(named: Path, field: string, at: Path, allowed?: readonly string[]): SchemaProblem {
  return { code: 'missing-field', fields: { field, parent: describePath(named.slice(0, -1)), allowed }, path: at, target: 'value' };
}

function sizeProblem(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, path: Path, where: string): SchemaProblem {
  const last = path.at(-1);
  if (issue.code === 'too_small' && issue.origin === 'string' && last === 'title') {
    return { code: 'empty-title', fields: { at: where }, path, target: 'value' };
  }
  const bound = issue.code === 'too_small' ? { minimum: Number(issue.minimum) } : { maximum: Number(issue.maximum) };
  return { code: 'invalid-value', fields: { at: where, of: issue.origin, ...bound }, path, target: 'value' };
}

function formatProblem(issue: z.core.$ZodIssueInvalidStringFormat, path: Path, where: string, found: unknown): SchemaProblem {
  if (issue.format === 'date') return { code: 'invalid-date', fields: { at: where, value: found }, path, target: 'value' };
  const known = issue.pattern === undefined ? undefined : PATTERN_CODES.get(issue.pattern);
  if (known === 'digits') return { code: 'invalid-type', fields: { at: where, value: found, expected: 'digits' }, path, target: 'value' };
  if (known !== undefined) return { code: known, fields: { at: where, value: found }, path, target: 'value' };
  return { code: 'invalid-value', fields: { at: where, value: found, format: issue.format }, path, target: 'value' };
}

/** The code a schema's own check gives its issue in `params.code` (such as `unsafe-link`), else `invalid-value`. */
function customCode(issue: z.core.$ZodIssueCustom): 'unsafe-link' | 'invalid-value' {
  const code: unknown = issue.params?.['code'];
  return typeof code === 'string' && CUSTOM_CODES.has(code) ? (code as 'unsafe-link' | 'invalid-value') : 'invalid-value';
}

/** `steps[2].lane` for a path, the way people read it. */
export function describePath(path: Path): string {
  return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), '');
}

function valueAt(root: unknown, path: Path): unknown {
  let here = root;
  for (const segment of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<string | number, unknown>)[segment];
  }
  return here;
}

/** What sort of value was found, and the value itself when it is short enough to repeat: a lone value, not a list or mapping. */
function foundValue(value: unknown): { found: FoundType; value?: string | number | boolean } {
  if (value === null) return { found: 'empty' };
  if (Array.isArray(value)) return { found: 'list' };
  if (typeof value === 'object') return { found: 'mapping' };
  if (typeof value === 'string') return { found: 'text', value };
  if (typeof value === 'number') return { found: 'number', value };
  if (typeof value === 'boolean') return { found: 'boolean', value };
  return { found: 'other', value: String(value) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
