import { closest, distance } from 'fastest-levenshtein';

/**
 * The nearest candidate to a mistyped name, or undefined when nothing is near enough to be a
 * plausible typo.
 */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  const pool = [...candidates];
  if (pool.length === 0) return undefined;
  const best = closest(name, pool);
  // Transposed letters cost two edits, and they are the commonest typo in longer names.
  const limit = name.length <= 3 ? 1 : Math.max(2, Math.floor(name.length / 3));
  return distance(name, best) <= limit && best !== name ? best : undefined;
}
