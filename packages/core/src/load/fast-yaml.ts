import { FAILSAFE_SCHEMA, loadAll, Type, types } from 'js-yaml';
import { MAX_NESTING } from './nesting-depth.js';

/**
 * The values of model files are read with js-yaml, which is many times faster than a parser
 * that keeps positions; positions are only needed for files with problems (see parse-yaml).
 * The schema is YAML 1.2's core schema with one change that the position-keeping parser
 * shares: plain scalars of dot-separated digits (`1.10`) are text, never numbers.
 */
const dottedDigits = new Type('tag:opcc.local,2026:dotted-digits', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && /^(?:\d+(?:\.\d+)+|0\d+|0x[0-9a-f]+|0o[0-7]+|\+\d+|\d+(?:\.\d+)?e[-+]?\d+)$/i.test(data),
  construct: (data: string) => data,
});

// js-yaml exports its built-in types at run time; its type declarations leave them out.
declare module 'js-yaml' {
  export const types: Record<'null' | 'bool' | 'int' | 'float', Type>;
  interface LoadOptions {
    /** How deep nodes may nest before loading fails: js-yaml recurses, so this keeps it off the end of the stack. */
    maxDepth?: number;
  }
}

const MODEL_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [dottedDigits, types.null, types.bool, types.int, types.float] });

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
