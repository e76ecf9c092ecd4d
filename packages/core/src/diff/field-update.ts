/**
 * The `set` and `was` of an update change for the named fields: each field's new value, or
 * null where the target has none, and the value it had, so the change is a conflict on a model
 * that has moved on.
 */
export function fieldUpdate(current: object, target: object, fields: readonly string[]): { set: Record<string, unknown>; was: Record<string, unknown> } {
  const a = current as Record<string, unknown>;
  const b = target as Record<string, unknown>;
  return {
    set: Object.fromEntries(fields.map((f) => [f, b[f] ?? null])),
    was: Object.fromEntries(fields.flatMap((f) => (a[f] === undefined ? [] : [[f, a[f]]]))),
  };
}

/** The `was` of a change that removes an element: the named fields as they are (null where unset), so a removal written before the element changed is a conflict. */
export function expectedOf(element: object, fields: readonly string[]): Record<string, unknown> {
  const a = element as Record<string, unknown>;
  return Object.fromEntries(fields.map((f) => [f, a[f] ?? null]));
}
