/** The value at a path of keys and list indexes inside a parsed document, or undefined. */
export function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let here = root;
  for (const segment of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[segment];
  }
  return here;
}
