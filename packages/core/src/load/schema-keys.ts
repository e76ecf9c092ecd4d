import { optionByKind, unwrapSchema, type AnySchema } from '../schema/unwrap-schema.js';

type Path = ReadonlyArray<string | number>;

/**
 * The field names an object schema allows at `path`, used to suggest a correction for an
 * unknown field. Unions contribute the keys of the option whose discriminator matches.
 */
export function knownKeys(schema: AnySchema, path: Path, value: unknown): string[] {
  let current: AnySchema | undefined = schema;
  let here: unknown = value;
  for (const segment of path) {
    current = unwrapSchema(current, here, 'in', pickOption);
    if (current === undefined) return [];
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def['type'] === 'object') current = (def['shape'] as Record<string, AnySchema>)[String(segment)];
    else if (def['type'] === 'array') current = def['element'] as AnySchema;
    else return [];
    here = isRecord(here) || Array.isArray(here) ? (here as Record<string | number, unknown>)[segment] : undefined;
  }
  current = unwrapSchema(current, here, 'in', pickOption);
  const def = current?._zod.def as unknown as Record<string, unknown> | undefined;
  return def?.['type'] === 'object' ? Object.keys(def['shape'] as object) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The option whose kind matches, else the first object option: suggestions need some keys. */
function pickOption(options: readonly AnySchema[], value: unknown): AnySchema | undefined {
  return optionByKind(options, value) ?? options.find((o) => (o._zod.def as unknown as Record<string, unknown>)['type'] === 'object') ?? options[0];
}
