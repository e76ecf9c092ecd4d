/**
 * Thrown when a process-map layout table lacks an entry it must have. The tables are built
 * from the map itself, so a missing entry is a bug in the layout, never a mistake in the model;
 * failing here beats drawing a shape at 0 and finding it by eye.
 */
export class MissingLayoutEntryError extends Error {
  override readonly name = 'MissingLayoutEntryError';

  constructor(
    /** Which table, e.g. "axis of step". */
    readonly table: string,
    /** The key or index that was not there. */
    readonly key: string | number,
  ) {
    super(`process-map layout: no ${table} ${JSON.stringify(key)}`);
  }
}

/** The entry of a key a layout table must have; throws {@link MissingLayoutEntryError} when it is missing. */
export function get<K extends string | number, V>(table: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = table.get(key);
  if (value === undefined) throw new MissingLayoutEntryError(what, key);
  return value;
}

/** The item at an index a layout list must have; throws {@link MissingLayoutEntryError} when it is missing. */
export function at<T>(items: readonly T[], index: number, what: string): T {
  const value = items[index];
  if (value === undefined) throw new MissingLayoutEntryError(what, index);
  return value;
}

/** Items grouped by a key, each group in the order given; a key nothing has is simply absent. */
export function groupBy<T, K extends string | number>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}
