import { parentCode } from '../model/glossary-code.js';
import type { GlossaryEntry, Model } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import type { GlossaryCode } from '../schema/ids.js';

/*
 * Every query here follows one rule for an unknown code: it throws NotFoundError, as the
 * index's `getEntry` does, rather than answering for an entry that does not exist.
 */

/**
 * The glossary entry with a code.
 * @example
 * ```ts
 * glossaryEntry(guide, glossaryCode('1.2.2')).title;
 * ```
 * @throws {@link NotFoundError} when the glossary has no entry with the code.
 */
export function glossaryEntry(model: Model, code: GlossaryCode): GlossaryEntry {
  return indexModel(model).getEntry(code);
}

/**
 * The parent entry of a code, or undefined at the top of the tree.
 * @example
 * ```ts
 * glossaryParent(guide, glossaryCode('1.2.2'))?.code; // '1.2'
 * ```
 * @throws {@link NotFoundError} when the glossary has no entry with the code.
 */
export function glossaryParent(model: Model, code: GlossaryCode): GlossaryEntry | undefined {
  const index = indexModel(model);
  const parent = parentCode(index.getEntry(code).code);
  return parent === undefined ? undefined : index.findEntry(parent);
}

/**
 * The children of a code in natural order; the top-level entries when no code is given.
 * @example
 * ```ts
 * glossaryChildren(guide).map((e) => e.code); // the top-level codes, '1', '2', …
 * glossaryChildren(guide, glossaryCode('1')).map((e) => e.code); // '1.1', '1.2', …
 * ```
 * @throws {@link NotFoundError} when a code is given and the glossary has no entry with it.
 */
export function glossaryChildren(model: Model, code?: GlossaryCode): readonly GlossaryEntry[] {
  const index = indexModel(model);
  if (code === undefined) return index.roots;
  return index.children.get(index.getEntry(code).code) ?? [];
}

/**
 * The ancestors of a code, from the top of the tree down to its parent.
 * @example
 * ```ts
 * glossaryAncestors(guide, glossaryCode('1.2.2.1')).map((e) => e.code); // ['1', '1.2', '1.2.2']
 * ```
 * @throws {@link NotFoundError} when the glossary has no entry with the code.
 */
export function glossaryAncestors(model: Model, code: GlossaryCode): GlossaryEntry[] {
  const ancestors: GlossaryEntry[] = [];
  for (let parent = glossaryParent(model, code); parent !== undefined; parent = glossaryParent(model, parent.code)) ancestors.unshift(parent);
  return ancestors;
}

/**
 * Every entry beneath a code, depth first in natural order (the order of a printed glossary).
 * @example
 * ```ts
 * glossaryDescendants(guide, glossaryCode('1.2')).map((e) => e.code); // every code beneath 1.2, in natural order
 * ```
 * @throws {@link NotFoundError} when the glossary has no entry with the code.
 */
export function glossaryDescendants(model: Model, code: GlossaryCode): GlossaryEntry[] {
  const found: GlossaryEntry[] = [];
  const walk = (at: GlossaryCode) => {
    for (const child of glossaryChildren(model, at)) {
      found.push(child);
      walk(child.code);
    }
  };
  walk(code);
  return found;
}
