import type { ChangeContext } from './change-context.js';
import { copyOf } from './draft.js';
import { sameValue, shown } from './same-value.js';

/** The `set` and `was` of a change that updates fields. */
interface FieldUpdate {
  readonly set: object;
  readonly was?: object | undefined;
}

/**
 * Checks the values a change expects (`was`) against an element, then sets the new ones, a
 * `null` clearing its field. Nothing is changed when any value differs: each is reported as a
 * conflict. Returns whether the update was made.
 */
export function updateFields(ctx: ChangeContext, element: object, update: FieldUpdate, target: string): boolean {
  if (!foundAsExpected(ctx, element, update.was, target)) return false;
  const fields = element as Record<string, unknown>;
  for (const [key, value] of Object.entries(update.set)) {
    if (value === null || value === undefined) delete fields[key];
    else fields[key] = copyOf(value);
  }
  return true;
}

/**
 * Checks the values a change expects to find (`was`) against an element: each that differs is
 * reported as a conflict at its field. Returns whether all agree (so the change may be made).
 */
export function foundAsExpected(ctx: ChangeContext, element: object, was: object | undefined, target: string): boolean {
  const fields = element as Record<string, unknown>;
  let ok = true;
  for (const [key, expected] of Object.entries(was ?? {})) {
    if (sameValue(fields[key], expected)) continue;
    ctx.conflict(['was', key], `the ${key} of ${target}`, `to be ${shown(expected)}`, `it is ${shown(fields[key])}`);
    ok = false;
  }
  return ok;
}
