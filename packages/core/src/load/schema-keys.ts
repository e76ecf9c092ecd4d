import type { z } from 'zod';

type Path = ReadonlyArray<string | number>;
type AnySchema = z.core.$ZodType;

/**
 * The field names an object schema allows at `path`, used to suggest a correction for an
 * unknown field. Unions contribute the keys of the option whose discriminator matches.
 */
export function knownKeys(schema: AnySchema, path: Path, value: unknown): string[] {
  let current: AnySchema | undefined = schema;
  let here: unknown = value;
  for (const segment of path) {
    current = unwrap(current, here);
    if (current === undefined) return [];
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def['type'] === 'object') current = (def['shape'] as Record<string, AnySchema>)[String(segment)];
    else if (def['type'] === 'array') current = def['element'] as AnySchema;
    else return [];
    here = isRecord(here) || Array.isArray(here) ? (here as Record<string | number, unknown>)[segment] : undefined;
  }
  current = unwrap(current, here);
  const def = current?._zod.def as unknown as Record<string, unknown> | undefined;
  return def?.['type'] === 'object' ? Object.keys(def['shape'] as object) : [];
}

/** Looks through wrappers (optional, default, pipe) and picks the union option that fits. */
function unwrap(schema: AnySchema | undefined, value: unknown): AnySchema | undefined {
  let current = schema;
  for (let guard = 0; current !== undefined && guard < 20; guard++) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    switch (def['type']) {
      case 'optional':
      case 'default':
      case 'nullable':
      case 'prefault':
        current = def['innerType'] as AnySchema;
        break;
      case 'pipe':
        current = def['in'] as AnySchema;
        break;
      case 'union':
        current = pickOption(def['options'] as AnySchema[], value);
        break;
      default:
        return current;
    }
  }
  return current;
}

function pickOption(options: AnySchema[], value: unknown): AnySchema | undefined {
  const objects = options.filter((o) => (o._zod.def as unknown as Record<string, unknown>)['type'] === 'object');
  const kind = isRecord(value) ? value['kind'] : undefined;
  const byKind = objects.find((o) => {
    const shape = (o._zod.def as unknown as { shape: Record<string, AnySchema> }).shape;
    const literal = shape['kind']?._zod.def as unknown as { values?: unknown[] } | undefined;
    return literal?.values?.includes(kind) === true;
  });
  return byKind ?? objects[0] ?? options[0];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
