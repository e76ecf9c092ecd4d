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
 * @throws {@link NotFoundError} when the glossary has no entry with the code.
 */
export function glossaryEntry(model: Model, code: GlossaryCode): GlossaryEntry {
  return indexModel(model).getEntry(code);
}

/**
 * The parent entry of a code, or undefined at the top of the tree.
 * @throws {@link NotFoundError} when the glossary has no entry with the code.
 */
export function glossaryParent(model: Model, code: GlossaryCode): GlossaryEntry | undefined {
  const index = indexModel(model);
  const parent = parentCode(index.getEntry(code).code);
  return parent === undefined ? undefined : index.findEntry(parent);
}

/**
 * The children of a code in natural order; the top-level entries when no code is given.
 * @throws {@link NotFoundError} when a code is given and the glossary has no entry with it.
 */
export function glossaryChildren(model: Model, code?: GlossaryCode): readonly GlossaryEntry[] {
  const index = indexModel(model);
  if (code === undefined) return index.roots;
  return index.children.get(index.getEntry(code).code) ?? [];
}

/**
 * The ancestors of a code, from the top of the tree down to its parent.
 * @throws {@link NotFoundError} when the glossary has no entry with the code.
 */
export function glossaryAncestors(model: Model, code: GlossaryCode): GlossaryEntry[] {
  const ancestors: GlossaryEntry[] = [];
  for (let parent = glossaryParent(model, code); parent !== undefined; parent = glossaryParent(model, parent.code)) ancestors.unshift(parent);
  return ancestors;
}

/**
 * Every entry beneath a code, depth first in natural order (the order of a printed glossary).
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
