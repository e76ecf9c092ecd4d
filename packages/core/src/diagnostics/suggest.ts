import { closest, distance } from 'fastest-levenshtein';

/**
 * The nearest candidate to a mistyped name, or undefined when nothing is near enough to be a
 * plausible typo (a third of the name's length, at least one edit).
 */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  const pool = [...candidates];
  if (pool.length === 0) return undefined;
  const best = closest(name, pool);
  const limit = Math.max(1, Math.floor(name.length / 3));
  return distance(name, best) <= limit && best !== name ? best : undefined;
}
