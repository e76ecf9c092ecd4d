import type { z } from 'zod';
import { valueAt } from '../util/value-at.js';
import { MAX_NESTING } from './nesting-depth.js';
import type { DocumentOrigin } from './source.js';

type Path = ReadonlyArray<string | number>;

/** A document with its invalid parts cut away, and an origin that still points into the original file. */
export interface Repaired {
  readonly value: unknown;
  readonly origin: DocumentOrigin;
}

/**
 * Cuts the invalid parts out of a document so that the rest can still be checked against the
 * other documents: unknown fields are dropped, an empty title gets a stand-in (nothing refers to
 * a title, so the step or map it names can still be checked whole), any other problem drops the
 * nearest list item holding it (a step, an entry, a relation), and a problem outside any list
 * item drops the field. Names declared in what was cut go to `removedNames`, so that references
 * to them are not reported a second time. Returns undefined when nothing sensible can be cut: a
 * problem with the whole document, or with a field that was dropped already (a required one).
 */
export function repair(
  value: unknown,
  origin: DocumentOrigin,
  issues: ReadonlyArray<z.core.$ZodIssue>,
  removedNames: Set<string>,
  dropped: Set<string> = new Set(),
): Repaired | undefined {
  const copy = structuredClone(value);
  const removals: Array<{ list: Path; index: number }> = [];
  const cuts = new Map<string, { list: Path; index: number }>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const holder = valueAt(copy, issue.path);
      if (typeof holder === 'object' && holder !== null) for (const key of issue.keys) delete (holder as Record<string, unknown>)[key];
      continue;
    }
    if (issue.path.at(-1) === 'title' && typeof valueAt(copy, issue.path) === 'string') {
      setAt(copy, issue.path, UNTITLED);
      continue;
    }
    const cut = nearestListItem(copy, issue.path);
    if (cut !== undefined) {
      cuts.set(`${cut.list.join('\u0000')}\u0000${cut.index}`, cut);
      continue;
    }
    const key = issue.path.map(String).join('\u0000');
    if (issue.path.length === 0 || dropped.has(key)) return undefined;
    dropped.add(key);
    collectNames(valueAt(copy, issue.path), removedNames);
    deleteAt(copy, issue.path);
  }
  // Remove later items first, so earlier indexes stay valid while cutting.
  const ordered = [...cuts.values()].sort((a, b) => b.list.length - a.list.length || b.index - a.index);
  for (const cut of ordered) {
    const list = valueAt(copy, cut.list) as unknown[];
    collectNames(list[cut.index], removedNames);
    list.splice(cut.index, 1);
    removals.push(cut);
  }
  return { value: copy, origin: remapped(origin, removals) };
}

/** An origin that maps paths in the cut document back to paths in the original one. */
function remapped(origin: DocumentOrigin, removals: ReadonlyArray<{ list: Path; index: number }>): DocumentOrigin {
  if (removals.length === 0) return origin;
  const back = (path: Path): Path => {
    const out = [...path];
    for (const { list, index } of [...removals].reverse()) {
      const at = list.length;
      const here = out[at];
      if (typeof here === 'number' && list.every((segment, i) => out[i] === segment) && here >= index) out[at] = here + 1;
    }
    return out;
  };
  return { ...(origin.file === undefined ? {} : { file: origin.file }), locate: (path, target) => origin.locate(back(path), target) };
}

function nearestListItem(root: unknown, path: ReadonlyArray<PropertyKey>): { list: Path; index: number } | undefined {
  for (let i = path.length - 1; i >= 1; i--) {
    const segment = path[i];
    const parent = valueAt(root, path.slice(0, i));
    if (typeof segment === 'number' && Array.isArray(parent)) return { list: path.slice(0, i) as Path, index: segment };
  }
  return undefined;
}

/** What stands in for an empty title in a repaired document; its diagnostic is already reported. */
const UNTITLED = '(untitled)';

function setAt(root: unknown, path: ReadonlyArray<PropertyKey>, value: unknown): void {
  const holder = valueAt(root, path.slice(0, -1));
  if (typeof holder === 'object' && holder !== null) (holder as Record<PropertyKey, unknown>)[path.at(-1) as PropertyKey] = value;
}

function deleteAt(root: unknown, path: ReadonlyArray<PropertyKey>): void {
  const holder = valueAt(root, path.slice(0, -1));
  if (typeof holder === 'object' && holder !== null) delete (holder as Record<PropertyKey, unknown>)[path.at(-1) as PropertyKey];
}

/**
 * Every id and code declared anywhere inside a value. It walks without recursion and no deeper
 * than any model nests, as it also reads documents too broken (or too deep) to be checked.
 */
export function collectNames(value: unknown, into: Set<string>): void {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  // A value repeated through aliases holds the same names each time: it is read once.
  const seen = new Set<object>();
  for (let here = stack.pop(); here !== undefined; here = stack.pop()) {
    if (typeof here.value !== 'object' || here.value === null || here.depth > MAX_NESTING || seen.has(here.value)) continue;
    seen.add(here.value);
    const depth = here.depth + 1;
    if (Array.isArray(here.value)) {
      for (const item of here.value) stack.push({ value: item, depth });
      continue;
    }
    for (const [key, inner] of Object.entries(here.value)) {
      if ((key === 'id' || key === 'code') && (typeof inner === 'string' || typeof inner === 'number')) into.add(String(inner));
      else stack.push({ value: inner, depth });
    }
  }
}
