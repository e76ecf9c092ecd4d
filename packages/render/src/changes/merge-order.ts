/**
 * The keys of two orderings merged into one: all of `first` in its order, and each key found only in `second` placed
 * straight after the key it follows in `second` (or first of all when nothing precedes it), so both orders are kept.
 * @example
 * ```ts
 * mergeOrder(['start', 'old', 'end'], ['start', 'new', 'end']); // ['start', 'new', 'old', 'end']
 * ```
 */
export function mergeOrder(first: readonly string[], second: readonly string[]): string[] {
  const out = [...first];
  const placed = new Set(first);
  let after = -1;
  for (const key of second) {
    if (placed.has(key)) {
      after = out.indexOf(key);
      continue;
    }
    out.splice(++after, 0, key);
    placed.add(key);
  }
  return out;
}
