import type { z } from 'zod';
import { valueAt } from '../util/value-at.js';
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
 * other fields are still checked. Returns undefined when no item could be given one.
 */
export function standInKinds(schema: z.ZodType, value: unknown, issues: ReadonlyArray<Issue>): StandIn | undefined {
  const wrong = issues.flatMap((issue) => {
    const found = valueAt(value, issue.path);
    const options = wrongDiscriminatorOptions(issue);
    return options !== undefined && typeof found === 'string' ? [{ path: issue.path as Path, found, options }] : [];
  });
  if (wrong.length === 0) return undefined;
  let current = structuredClone(value);
  const items: Path[] = [];
  for (const { path, found, options } of wrong) {
    const chosen = likelyKind(schema, current, path, found, options);
    if (chosen === undefined) continue;
    current = chosen;
    items.push(path.slice(0, -1));
  }
  if (items.length === 0) return undefined;
  const result = schema.safeParse(current);
  const issuesNow = result.success ? [] : result.error.issues;
  return { value: current, issues: issuesNow, revealed: issuesNow.filter((i) => items.some((item) => startsWith(i.path, item))) };
}

/**
 * The document with the item's kind replaced by the one it most likely meant: the near miss of
 * the misspelling, if its fields fit that kind as well as any, else the one kind they fit best.
 * When they fit several equally (a step of `kind: begin` with only a title), there is no telling:
 * a wrong guess would raise flow warnings of its own, so the item is left to be cut.
 */
function likelyKind(schema: z.ZodType, value: unknown, path: Path, found: string, options: ReadonlyArray<string>): unknown {
  const item = path.slice(0, -1);
  const near = suggest(found, options);
  const trials = options.map((candidate) => {
    const trial = structuredClone(value);
    setAt(trial, path, candidate);
    const result = schema.safeParse(trial);
    return { candidate, value: trial, count: result.success ? 0 : result.error.issues.filter((i) => startsWith(i.path, item)).length };
  });
  const fewest = Math.min(...trials.map((t) => t.count));
  const best = trials.filter((t) => t.count === fewest);
  return (best.find((t) => t.candidate === near) ?? (best.length === 1 ? best[0] : undefined))?.value;
}

function wrongDiscriminatorOptions(issue: Issue): string[] | undefined {
  if (issue.code !== 'invalid_union') return undefined;
  const noMatch = issue as { note?: string; options?: unknown[] };
  if (noMatch.note !== 'No matching discriminator' || noMatch.options === undefined) return undefined;
  return noMatch.options.filter((o): o is string => typeof o === 'string');
}

function startsWith(path: ReadonlyArray<PropertyKey>, prefix: Path): boolean {
  return prefix.every((segment, i) => path[i] === segment);
}

function setAt(root: unknown, path: ReadonlyArray<PropertyKey>, value: unknown): void {
  const holder = valueAt(root, path.slice(0, -1));
  if (typeof holder === 'object' && holder !== null) (holder as Record<PropertyKey, unknown>)[path.at(-1) as PropertyKey] = value;
}
