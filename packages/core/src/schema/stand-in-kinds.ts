import type { z } from 'zod';
import { suggest } from '../diagnostics/suggest.js';

type Path = ReadonlyArray<string | number>;
type Issue = z.core.$ZodIssue;

/** A document whose list items with an unknown `kind` were each given the kind they most likely meant. */
export interface StandIn {
  /** The document with the stand-in kinds. */
  readonly value: unknown;
  /** The schema's issues with the stand-in document, to repair it by. */
  readonly issues: ReadonlyArray<Issue>;
  /**
   * Issues inside the items that were given a stand-in kind. A wrong kind stops the schema before
   * it looks at the item's other fields, so these are mistakes not reported yet.
   */
  readonly revealed: ReadonlyArray<Issue>;
}

/**
 * When a discriminator is wrong (a step of `kind: activty`) the schema cannot say what else is
 * wrong with the item, and repairing would cut the whole item, hiding its other mistakes and
 * everything that names it. This gives each such item the kind it most likely meant, so its
 * other fields are still checked: the kind the misspelling is nearest to, else the one its
 * fields fit best, preferring a plain activity, the kind no flow rule treats specially.
 * Returns undefined when no discriminator is wrong.
 */
export function standInKinds(schema: z.ZodType, value: unknown, issues: ReadonlyArray<Issue>): StandIn | undefined {
  const wrong = issues.flatMap((issue) => {
    const found = valueAt(value, issue.path);
    const options = wrongDiscriminatorOptions(issue);
    return options !== undefined && typeof found === 'string' ? [{ path: issue.path as Path, found, options }] : [];
  });
  if (wrong.length === 0) return undefined;
  let current = structuredClone(value);
  for (const { path, found, options } of wrong) {
    const item = path.slice(0, -1);
    const preferred = [suggest(found, options), PLAIN_KIND].filter((o): o is string => o !== undefined && options.includes(o));
    const candidates = [...new Set([...preferred, ...options])];
    let best: { value: unknown; count: number } | undefined;
    for (const candidate of candidates) {
      const trial = structuredClone(current);
      setAt(trial, path, candidate);
      const result = schema.safeParse(trial);
      const count = result.success ? 0 : result.error.issues.filter((i) => startsWith(i.path, item)).length;
      if (best === undefined || count < best.count) best = { value: trial, count };
      // Candidates come in order of preference, so a perfect fit needs no further trials.
      if (count === 0) break;
    }
    if (best !== undefined) current = best.value;
  }
  const result = schema.safeParse(current);
  const issuesNow = result.success ? [] : result.error.issues;
  const items = wrong.map((w) => w.path.slice(0, -1));
  return { value: current, issues: issuesNow, revealed: issuesNow.filter((i) => items.some((item) => startsWith(i.path, item))) };
}

/** The kind given to an item when its fields fit several kinds equally well. */
const PLAIN_KIND = 'activity';

function wrongDiscriminatorOptions(issue: Issue): string[] | undefined {
  if (issue.code !== 'invalid_union') return undefined;
  const noMatch = issue as { note?: string; options?: unknown[] };
  if (noMatch.note !== 'No matching discriminator' || noMatch.options === undefined) return undefined;
  return noMatch.options.filter((o): o is string => typeof o === 'string');
}

function startsWith(path: ReadonlyArray<PropertyKey>, prefix: Path): boolean {
  return prefix.every((segment, i) => path[i] === segment);
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let here = root;
  for (const segment of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[segment];
  }
  return here;
}

function setAt(root: unknown, path: ReadonlyArray<PropertyKey>, value: unknown): void {
  const holder = valueAt(root, path.slice(0, -1));
  if (typeof holder === 'object' && holder !== null) (holder as Record<PropertyKey, unknown>)[path.at(-1) as PropertyKey] = value;
}
