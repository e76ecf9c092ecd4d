import { NotFoundError } from '../errors.js';
import { parentCode } from '../model/glossary-code.js';
import type { GlossaryEntry, Model } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import type { GlossaryCode } from '../schema/ids.js';

/** The glossary entry with a code; throws {@link NotFoundError} when there is none. */
export function glossaryEntry(model: Model, code: string): GlossaryEntry {
  const entry = indexModel(model).entries.get(code);
  if (entry === undefined) throw new NotFoundError('glossary code', code);
  return entry;
}

/** The parent entry of a code, or undefined at the top of the tree. */
export function glossaryParent(model: Model, code: string): GlossaryEntry | undefined {
  glossaryEntry(model, code);
  const parent = parentCode(code as GlossaryCode);
  return parent === undefined ? undefined : indexModel(model).entries.get(parent);
}

/** The children of a code in natural order; the top-level entries when no code is given. */
export function glossaryChildren(model: Model, code?: string): readonly GlossaryEntry[] {
  if (code === undefined) return indexModel(model).roots;
  glossaryEntry(model, code);
  return indexModel(model).children.get(code) ?? [];
}

/** The ancestors of a code, from the top of the tree down to its parent. */
export function glossaryAncestors(model: Model, code: string): GlossaryEntry[] {
  const ancestors: GlossaryEntry[] = [];
  for (let parent = glossaryParent(model, code); parent !== undefined; parent = glossaryParent(model, parent.code)) ancestors.unshift(parent);
  return ancestors;
}

/** Every entry beneath a code, depth first in natural order (the order of a printed glossary). */
export function glossaryDescendants(model: Model, code: string): GlossaryEntry[] {
  const found: GlossaryEntry[] = [];
  const walk = (at: string) => {
    for (const child of glossaryChildren(model, at)) {
      found.push(child);
      walk(child.code);
    }
  };
  walk(code);
  return found;
}
