/** A path inside a document: field names and list positions. */
export type Path = ReadonlyArray<string | number>;

/*
 * A selector names where ids sit in a document: field names joined by dots, `[]` after a list
 * whose every item is followed, so `steps[].map` or `assignments[].accountable[]`. The type lists
 * every selector a document type allows, so a misspelt one does not compile.
 */
type After<T> = T extends string
  ? ''
  : T extends ReadonlyArray<infer Item>
    ? `[]${After<Item>}`
    : T extends object
      ? { [K in keyof T & string]-?: `.${K}${After<NonNullable<T[K]>>}` }[keyof T & string]
      : never;

/** Every selector of a document type: a path to a string, or a list of strings, in it. */
export type Selector<T> = T extends object ? { [K in keyof T & string]-?: `${K}${After<NonNullable<T[K]>>}` }[keyof T & string] : never;

/** Every selector of a document type that ends at an object, a list item or the document itself (`''`). */
export type ItemSelector<T> = '' | ObjectSelector<T>;
type ObjectAfter<T> =
  T extends ReadonlyArray<infer Item>
    ? `[]${Item extends object ? '' | ObjectAfter<Item> : never}`
    : T extends object
      ? {
          [K in keyof T & string]-?:
            | `.${K}${ObjectAfter<NonNullable<T[K]>>}`
            | (NonNullable<T[K]> extends ReadonlyArray<unknown> ? never : NonNullable<T[K]> extends object ? `.${K}` : never);
        }[keyof T & string]
      : never;
type ObjectSelector<T> = T extends object
  ? {
      [K in keyof T & string]-?:
        `${K}${ObjectAfter<NonNullable<T[K]>>}` | (NonNullable<T[K]> extends ReadonlyArray<unknown> ? never : NonNullable<T[K]> extends object ? K : never);
    }[keyof T & string]
  : never;

/** One value a selector found: the value, where it is, and the objects that hold it, outermost first. */
export interface Found {
  readonly value: unknown;
  readonly path: Path;
  /** The selector's prefixes that end at an object holding the value, with that object; the document (`''`) first. */
  readonly holders: ReadonlyArray<{ readonly at: string; readonly item: unknown }>;
}

interface Branch<R> {
  readonly key: string;
  readonly children: Array<Branch<R>>;
  readonly rules: R[];
}

/**
 * Follows several selectors through one value at once, item by item: for each step of a map,
 * every rule about steps in the order they are written, before the next step. A rule joins the
 * rule before it where they start the same way, so the order written is the order found.
 */
export function selectAll<R extends { readonly at: string }>(rules: ReadonlyArray<R>, root: unknown, visit: (rule: R, found: Found) => void): void {
  const top: Branch<R> = { key: '', children: [], rules: [] };
  for (const rule of rules) {
    let branch = top;
    for (const key of segments(rule.at)) {
      const last = branch.children.at(-1);
      if (last !== undefined && last.key === key) branch = last;
      else {
        const next: Branch<R> = { key, children: [], rules: [] };
        branch.children.push(next);
        branch = next;
      }
    }
    branch.rules.push(rule);
  }
  walk(top, root, [], [{ at: '', item: root }], '', visit);
}

function walk<R extends { readonly at: string }>(
  branch: Branch<R>,
  value: unknown,
  path: Path,
  holders: Found['holders'],
  at: string,
  visit: (rule: R, found: Found) => void,
): void {
  if (value === undefined || value === null) return;
  for (const rule of branch.rules) visit(rule, { value, path, holders });
  for (const child of branch.children) {
    const childAt = child.key === '[]' ? `${at}[]` : at === '' ? child.key : `${at}.${child.key}`;
    if (child.key === '[]') {
      if (!Array.isArray(value)) continue;
      value.forEach((item, i) => walk(child, item, [...path, i], holdersWith(holders, childAt, item), childAt, visit));
    } else if (typeof value === 'object') {
      const inner = (value as Record<string, unknown>)[child.key];
      walk(child, inner, [...path, child.key], holdersWith(holders, childAt, inner), childAt, visit);
    }
  }
}

function holdersWith(holders: Found['holders'], at: string, item: unknown): Found['holders'] {
  return typeof item === 'object' && item !== null && !Array.isArray(item) ? [...holders, { at, item }] : holders;
}

function segments(at: string): string[] {
  if (at === '') return [];
  return at.split('.').flatMap((part) => {
    const name = part.replace(/(\[\])+$/u, '');
    const lists = (part.length - name.length) / 2;
    return [...(name === '' ? [] : [name]), ...Array.from({ length: lists }, () => '[]')];
  });
}
