import type { z } from 'zod';

/** Any zod schema, read through its definition. */
export type AnySchema = z.core.$ZodType;

function defOf(schema: AnySchema): Record<string, unknown> {
  return schema._zod.def as unknown as Record<string, unknown>;
}

/**
 * The object option of a union whose `kind` literal matches the value's `kind`, or undefined.
 * Documents and steps are unions told apart by `kind`.
 */
export function optionByKind(options: readonly AnySchema[], value: unknown): AnySchema | undefined {
  const kind = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['kind'] : undefined;
  if (kind === undefined) return undefined;
  return options.find((option) => {
    const def = defOf(option);
    if (def['type'] !== 'object') return false;
    const literal = (def['shape'] as Record<string, AnySchema>)['kind']?._zod.def as unknown as { values?: unknown[] } | undefined;
    return literal?.values?.includes(kind) === true;
  });
}

/**
 * Looks through wrappers (optional, default, nullable, prefault, pipe) to the schema that
 * judges the value. A pipe is read on its input side for what the author may write, on its
 * output side for what a validated document holds; a union is resolved by `pick`.
 */
export function unwrapSchema(
  schema: AnySchema | undefined,
  value: unknown,
  pipeSide: 'in' | 'out',
  pick: (options: readonly AnySchema[], value: unknown) => AnySchema | undefined = optionByKind,
): AnySchema | undefined {
  let current = schema;
  // Schemas are finite trees of wrappers; the guard only stops a malformed one looping.
  for (let guard = 0; current !== undefined && guard < 20; guard++) {
    const def = defOf(current);
    switch (def['type']) {
      case 'optional':
      case 'default':
      case 'nullable':
      case 'prefault':
        current = def['innerType'] as AnySchema;
        break;
      case 'pipe':
        current = def[pipeSide] as AnySchema;
        break;
      case 'union':
        current = pick(def['options'] as AnySchema[], value);
        break;
      default:
        return current;
    }
  }
  return current;
}
