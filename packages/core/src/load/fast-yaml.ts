import { FAILSAFE_SCHEMA, loadAll, Type } from 'js-yaml';
import { MAX_NESTING } from './nesting-depth.js';
import { PLAIN_SCALAR_RULES } from './scalar-rule.js';

/**
 * The values of model files are read with js-yaml, which is many times faster than a parser
 * that keeps positions; positions are only needed for files with problems (see parse-yaml).
 * Its schema is the failsafe one (maps, lists, text) plus {@link PLAIN_SCALAR_RULES}, the rule
 * the position-keeping parser is built from too.
 */
export const MODEL_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: PLAIN_SCALAR_RULES.map(
    // An explicitly tagged empty node (`!!null`) comes as null rather than as empty text.
    (rule) =>
      new Type(rule.tag, {
        kind: 'scalar',
        resolve: (data: unknown) => (data === null || typeof data === 'string') && rule.test.test(data ?? ''),
        construct: (data: string | null) => rule.construct(data ?? ''),
      }),
  ),
});

declare module 'js-yaml' {
  interface LoadOptions {
    /** How deep nodes may nest before loading fails: js-yaml recurses, so this keeps it off the end of the stack. */
    maxDepth?: number;
  }
}

/**
 * Every document of a YAML (or JSON) text, or undefined when the text has any syntax error or
 * nests deeper than {@link MAX_NESTING}. js-yaml counts scalars as a level too, so text right at
 * the limit is left to the slower reader, which measures collections only.
 */
export function fastLoadAll(text: string): unknown[] | undefined {
  try {
    return loadAll(text, undefined, { schema: MODEL_SCHEMA, maxDepth: MAX_NESTING }) as unknown[];
  } catch {
    return undefined;
  }
}
