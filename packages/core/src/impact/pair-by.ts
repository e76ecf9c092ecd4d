/** Two lists matched by a key: what only the second has, what only the first has, and the pairs both have. */
interface Paired<T> {
  /** Only in `after`, in its order. */
  readonly added: T[];
  /** Only in `before`, in its order. */
  readonly removed: T[];
  /** In both, as [before, after], in the order of `after`. */
  readonly kept: Array<readonly [T, T]>;
}

/*
 * The one matching rule of the impact report: elements are the same element when their keys are
 * equal (an id, or the ends of a flow), whatever else about them changed.
 */
export function pairBy<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): Paired<T> {
  const old = new Map(before.map((item) => [key(item), item]));
  const now = new Set(after.map(key));
  const added: T[] = [];
  const kept: Array<readonly [T, T]> = [];
  for (const item of after) {
    const was = old.get(key(item));
    if (was === undefined) added.push(item);
    else kept.push([was, item]);
  }
  return { added, removed: before.filter((item) => !now.has(key(item))), kept };
}

/** Text that is equal for equal values whatever the order of their keys. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The names of the fields, other than those ignored, whose values differ between two objects, sorted. */
export function changedFields(before: object, after: object, ignore: readonly string[] = []): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !ignore.includes(k)).sort();
  return keys.filter((k) => canonicalJson(a[k] ?? null) !== canonicalJson(b[k] ?? null));
}

/** The items of `after` not in `before`, and of `before` not in `after`, compared as text. */
export function setDelta<T extends string>(before: readonly T[], after: readonly T[]): { added: T[]; removed: T[] } {
  const a = new Set(before);
  const b = new Set(after);
  return { added: after.filter((x) => !a.has(x)), removed: before.filter((x) => !b.has(x)) };
}

/**
 * What `change` makes of each element matched by key: those of `after` in its order (paired with
 * the same element of `before`, if any), then those only `before` has; undefined results are
 * dropped, so `change` says "no difference" by returning undefined.
 */
export function changesByKey<T, R>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  change: (before: T | undefined, after: T | undefined) => R | undefined,
): R[] {
  const old = new Map(before.map((item) => [key(item), item]));
  const { removed } = pairBy(before, after, key);
  return [...after.map((item) => change(old.get(key(item)), item)), ...removed.map((item) => change(item, undefined))].flatMap((c) =>
    c === undefined ? [] : [c],
  );
}
