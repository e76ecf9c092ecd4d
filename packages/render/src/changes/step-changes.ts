import { STEP_KIND_NAMES, type ProcessMap, type Step, type StepId } from '@opcc/core';

/** How a step differs between two versions of a map. */
export type StepChangeKind = 'added' | 'removed' | 'moved' | 'changed';

/** One step that differs between two versions of a map, with what differs in words. */
export interface StepChange {
  readonly step: StepId;
  /** Moved wins over changed when a step is both: its place is what the eye looks for first. */
  readonly change: StepChangeKind;
  /** The title the step has in the version that shows it (the before title of a removed step). */
  readonly title: string;
  /** What differs, e.g. `from lane "Force" to lane "Alliance"`, `title was "Agree terms"`. */
  readonly details: readonly string[];
}

/**
 * The steps that differ between two versions of a map, in the order of the after map's steps and then the removed ones.
 * A step is matched by its id; it has moved when its lane differs, and changed when its title, glossary code, kind or any
 * other field (guidance, outcomes, references, the map it drills into) does.
 * @example
 * ```ts
 * stepChanges(before.maps[0], after.maps[0]); // [{ step: 'agree', change: 'added', title: 'Agree the section 22A agreement', details: [] }]
 * ```
 */
export function stepChanges(before: ProcessMap | undefined, after: ProcessMap | undefined): StepChange[] {
  const old = new Map((before?.steps ?? []).map((s) => [s.id as string, s]));
  const now = new Set((after?.steps ?? []).map((s) => s.id as string));
  const changes: StepChange[] = [];
  for (const step of after?.steps ?? []) {
    const was = old.get(step.id);
    const change = was === undefined ? { change: 'added' as const, details: [] } : compare(was, step, before, after);
    if (change !== undefined) changes.push({ step: step.id, title: step.title, ...change });
  }
  for (const step of before?.steps ?? []) if (!now.has(step.id)) changes.push({ step: step.id, change: 'removed', title: step.title, details: [] });
  return changes;
}

function compare(was: Step, step: Step, before: ProcessMap | undefined, after: ProcessMap | undefined): Pick<StepChange, 'change' | 'details'> | undefined {
  const details: string[] = [];
  const moved = was.lane !== step.lane;
  if (moved) details.push(`from ${laneName(before, was.lane)} to ${laneName(after, step.lane)}`);
  if (was.kind !== step.kind) details.push(`was ${article(STEP_KIND_NAMES[was.kind].toLowerCase())}`);
  if (codeOf(was) !== codeOf(step)) details.push(codeOf(was) === undefined ? 'code added' : `code was ${codeOf(was)}`);
  if (was.title !== step.title) details.push(`title was "${was.title}"`);
  for (const field of otherFields(was, step)) details.push(`${field} changed`);
  if (details.length === 0) return undefined;
  return { change: moved ? 'moved' : 'changed', details };
}

// Fields told in words above are left out here; any other (guidance, outcomes, references, the map drilled into) is named.
const TOLD = new Set(['id', 'lane', 'kind', 'code', 'title']);
function otherFields(was: Step, step: Step): string[] {
  const fields = new Set([...Object.keys(was), ...Object.keys(step)].filter((f) => !TOLD.has(f)));
  const value = (s: Step, f: string) => JSON.stringify((s as Readonly<Record<string, unknown>>)[f]);
  return [...fields].sort().filter((f) => value(was, f) !== value(step, f));
}

function codeOf(step: Step): string | undefined {
  return step.kind === 'activity' ? step.code : undefined;
}

function laneName(map: ProcessMap | undefined, lane: string | undefined): string {
  if (lane === undefined) return 'no lane';
  return `lane "${map?.lanes.find((l) => l.id === lane)?.title ?? lane}"`;
}

function article(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
