import type { z } from 'zod';
import type { DiagnosticFields } from '../diagnostics/fields.js';
import { suggest } from '../diagnostics/suggest.js';
import { describePath } from './schema-issues.js';
import { knownKeys } from './schema-keys.js';

type Path = ReadonlyArray<string | number>;

/** Fields that say the same sort of thing under different names: what a step calls `guidance`, an assignment calls `note`. */
const PROSE_FIELDS = ['description', 'guidance', 'note'];

/**
 * What to say of an unknown field: the fields allowed there and a near match; for a field with
 * spaces and no value, the likeliest cause, a comma in unquoted text inside `{ }` that split a
 * record; for a prose field this object lacks, the field it has instead or the object above it
 * that takes the field.
 */
export function unknownFieldFields(
  key: string,
  value: unknown,
  parentPath: Path,
  where: string,
  schema: z.core.$ZodType,
  root: unknown,
): DiagnosticFields['unknown-field'] {
  const allowed = knownKeys(schema, parentPath, root);
  const base = { field: key, parent: where, allowed };
  // `{ title: Gold, silver and bronze }` reads as title "Gold" and a field "silver and bronze" with no value.
  if (value === null && /\s/u.test(key.trim())) return { ...base, splitByComma: true };
  const near = suggest(key, allowed);
  if (near !== undefined || !PROSE_FIELDS.includes(key)) return { ...base, suggestion: near };
  const sibling = PROSE_FIELDS.find((field) => allowed.includes(field));
  if (sibling !== undefined) return { ...base, suggestion: sibling };
  for (let up = parentPath.length - 1; up >= 0; up--) {
    const above = parentPath.slice(0, up);
    if (typeof parentPath[up] === 'number') continue;
    const keys = knownKeys(schema, above, root);
    const field = keys.includes(key) ? key : PROSE_FIELDS.find((prose) => keys.includes(prose));
    if (field !== undefined) return { ...base, belongsTo: `the ${field} of ${above.length === 0 ? 'the document' : describePath(above)}` };
  }
  return base;
}
