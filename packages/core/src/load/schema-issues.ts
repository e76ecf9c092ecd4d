import type { z } from 'zod';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../diagnostics/codes.js';
import { suggest } from '../diagnostics/suggest.js';
import { GLOSSARY_CODE_PATTERN, ID_PATTERN, LINK_PATTERN, NUMBER_TEXT_PATTERN } from '../schema/primitives.js';
import { knownKeys } from './schema-keys.js';

type Path = ReadonlyArray<string | number>;

/** A schema problem before it is given a file position. */
export interface SchemaProblem {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly path: Path;
  readonly target: 'key' | 'value';
  readonly suggestion?: string;
}

const PATTERN_CODES = new Map<string, { code: DiagnosticCode; explain: string }>([
  [String(ID_PATTERN), { code: 'invalid-id', explain: 'use lower-case letters and digits in words joined by hyphens, e.g. "conduct-stakeholder-analysis"' }],
  [String(GLOSSARY_CODE_PATTERN), { code: 'invalid-glossary-code', explain: 'use whole numbers joined by dots, e.g. "1.1.2.8"' }],
  [String(LINK_PATTERN), { code: 'unsafe-link', explain: 'links must start with http://, https:// or mailto:, or be a path relative to the model folder' }],
  [String(NUMBER_TEXT_PATTERN), { code: 'invalid-type', explain: 'it should be a number, written with digits only, e.g. 70' }],
]);

/** Turns zod's issues into problems a person can act on, each with its own code and place. */
export function schemaProblems(issues: ReadonlyArray<z.core.$ZodIssue>, schema: z.core.$ZodType, value: unknown): SchemaProblem[] {
  const problems = issues.flatMap((issue) => problemsFor(issue, [], schema, value));
  // A misspelt required field is one mistake: "titel" is reported, with "title" suggested,
  // and the missing "title" is not reported again.
  const misspelt = new Set(
    problems.filter((p) => p.code === 'unknown-field' && p.suggestion !== undefined).map((p) => describePath([...p.path.slice(0, -1), p.suggestion ?? ''])),
  );
  return problems.filter((p) => !(p.code === 'missing-field' && misspelt.has(describePath(p.path))));
}

function problemsFor(issue: z.core.$ZodIssue, prefix: Path, schema: z.core.$ZodType, root: unknown): SchemaProblem[] {
  const path = [...prefix, ...issue.path] as Path;
  const where = describePath(path);
  const found = valueAt(root, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = knownKeys(schema, path, root);
      return issue.keys.map((key) => {
        const suggestion = suggest(key, allowed);
        return {
          code: 'unknown-field',
          message: `unknown field "${key}"${where ? ` in ${where}` : ''}`,
          path: [...path, key],
          target: 'key',
          ...(suggestion === undefined ? {} : { suggestion }),
        } satisfies SchemaProblem;
      });
    }
    case 'invalid_type':
      if (issue.expected === 'int' && (typeof found === 'number' || (typeof found === 'string' && NUMBER_TEXT_PATTERN.test(found)))) {
        return [{ code: 'invalid-value', message: `${where} is ${String(found)}; it must be a whole number`, path, target: 'value' }];
      }
      if (found === undefined) {
        return [{ code: 'missing-field', message: `missing required field "${String(path.at(-1))}"${parentWhere(path)}`, path, target: 'value' }];
      }
      {
        const quote =
          issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean')
            ? `; put it in quotes if it is text: "${String(found)}"`
            : '';
        return [{ code: 'invalid-type', message: `${where} should be ${article(issue.expected)}, not ${describeValue(found)}${quote}`, path, target: 'value' }];
      }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const suggestion = typeof found === 'string' ? suggest(found, options) : undefined;
      return [
        {
          code: 'invalid-value',
          message: `${where} is ${JSON.stringify(found)}; it must be one of ${options.join(', ')}`,
          path,
          target: 'value',
          ...(suggestion === undefined ? {} : { suggestion }),
        },
      ];
    }
    case 'invalid_union':
      return unionProblems(issue, path, schema, root);
    case 'too_small':
    case 'too_big':
      return [sizeProblem(issue, path, where)];
    case 'invalid_format':
      return [formatProblem(issue, path, where, found)];
    case 'custom':
      return [{ code: customCode(issue), message: `${where}: ${issue.message}`, path, target: 'value' }];
    default:
      return [{ code: 'invalid-value', message: `${where}: ${issue.message}`, path, target: 'value' }];
  }
}

function unionProblems(issue: z.core.$ZodIssueInvalidUnion, path: Path, schema: z.core.$ZodType, root: unknown): SchemaProblem[] {
  const found = valueAt(root, path);
  const noMatch = issue as { note?: string; discriminator?: string; options?: unknown[] };
  if (noMatch.note === 'No matching discriminator' && noMatch.discriminator !== undefined) {
    const options = noMatch.options?.map(String) ?? [];
    const kindValue = valueAt(root, path);
    const suggestion = typeof kindValue === 'string' ? suggest(kindValue, options) : undefined;
    return [
      kindValue === undefined
        ? {
            code: 'missing-field',
            message: `missing required field "${noMatch.discriminator}"${parentWhere(path)}; it must be one of ${options.join(', ')}`,
            path: path.slice(0, -1),
            target: 'value',
          }
        : {
            code: 'invalid-value',
            message: `${describePath(path)} is ${JSON.stringify(kindValue)}; it must be one of ${options.join(', ')}`,
            path,
            target: 'value',
            ...(suggestion === undefined ? {} : { suggestion }),
          },
    ];
  }
  if (found === undefined) {
    return [{ code: 'missing-field', message: `missing required field "${String(path.at(-1))}"${parentWhere(path)}`, path, target: 'value' }];
  }
  // Report the branch that got furthest: the one whose problems are not about the value's type.
  const branches = (issue.errors as z.core.$ZodIssue[][]).filter((branch) => branch.length > 0);
  const best = branches.find((branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0));
  if (best !== undefined) return best.flatMap((inner) => problemsFor(inner, path, schema, root));
  const expected = branches.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => (i as { expected: string }).expected));
  return [
    {
      code: 'invalid-type',
      message: `${describePath(path)} should be ${expected.map(article).join(' or ')}, not ${describeValue(found)}`,
      path,
      target: 'value',
    },
  ];
}

function sizeProblem(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, path: Path, where: string): SchemaProblem {
  const last = path.at(-1);
  if (issue.code === 'too_small' && issue.origin === 'string' && last === 'title') {
    return { code: 'empty-title', message: `${where} is empty; give it a title`, path, target: 'value' };
  }
  const bound = issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
  const what =
    issue.origin === 'string'
      ? issue.code === 'too_small' && issue.minimum === 1
        ? 'must not be empty'
        : `must have ${bound} characters`
      : `must be ${bound}`;
  return { code: 'invalid-value', message: `${where} ${what}`, path, target: 'value' };
}

function formatProblem(issue: z.core.$ZodIssueInvalidStringFormat, path: Path, where: string, found: unknown): SchemaProblem {
  if (issue.format === 'date') {
    const shaped = typeof found === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(found);
    return {
      code: 'invalid-date',
      message: shaped
        ? `${where} is ${JSON.stringify(found)}, which is not a day in the calendar`
        : `${where} is ${JSON.stringify(found)}; write dates as YYYY-MM-DD`,
      path,
      target: 'value',
    };
  }
  const known = issue.pattern === undefined ? undefined : PATTERN_CODES.get(issue.pattern);
  if (known?.code === 'unsafe-link' && typeof found === 'string' && /^(?:https?|mailto):\S*\s/i.test(found)) {
    return { code: 'unsafe-link', message: `${where} has a space in it; web addresses cannot contain spaces (write %20 for each one)`, path, target: 'value' };
  }
  if (known !== undefined) {
    return { code: known.code, message: `${where} is ${JSON.stringify(found)}; ${known.explain}`, path, target: 'value' };
  }
  return { code: 'invalid-value', message: `${where} is ${JSON.stringify(found)}, which is not in the expected format`, path, target: 'value' };
}

/** The code a schema's own check gives its issue in `params.code` (such as `unsafe-link`), else `invalid-value`. */
function customCode(issue: z.core.$ZodIssueCustom): DiagnosticCode {
  const code: unknown = issue.params?.['code'];
  return typeof code === 'string' && Object.hasOwn(DIAGNOSTIC_CODES, code) ? (code as DiagnosticCode) : 'invalid-value';
}

/** `steps[2].lane` for a path, the way people read it. */
export function describePath(path: Path): string {
  return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), '');
}

function parentWhere(path: Path): string {
  const parent = describePath(path.slice(0, -1));
  return parent ? ` in ${parent}` : '';
}

function valueAt(root: unknown, path: Path): unknown {
  let here = root;
  for (const segment of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<string | number, unknown>)[segment];
  }
  return here;
}

const NAMES: Record<string, string> = { string: 'text', number: 'a number', array: 'a list', object: 'a mapping of fields', boolean: 'true or false' };

function article(expected: string): string {
  return NAMES[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping of fields';
  if (typeof value === 'string') return `text ${JSON.stringify(value)}`;
  return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
}
