/**
 * Orders two strings by UTF-16 code unit, as `Array.prototype.sort()` does with no comparator.
 * Unlike `localeCompare`, the result does not depend on the machine's locale (under `da_DK`,
 * `aa` sorts after `z`), so reports, layouts and built files come out the same everywhere.
 * @example
 * ```ts
 * ['b', 'a', 'B'].sort(compareText); // ['B', 'a', 'b'] on every machine
 * ```
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
