import { CODE_ORIGIN } from '../load/source.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ChangeSet, Model } from '../model/model.js';
import { applyChanges } from './apply-changes.js';
import { newErrors, recheck, type DocumentNamer } from './recheck.js';

/** An error a change set's result has that the model does not, and the change after which it first appears. */
export interface ModelBreak {
  /** The index of the change in the change set's list. */
  readonly index: number;
  /** The error, its `file` naming the document it is in. */
  readonly error: Diagnostic;
}

const keyOf = (d: Diagnostic) => `${d.code}\u0000${d.message}`;
const placeOf = (d: Diagnostic) => `${keyOf(d)}\u0000${d.file ?? ''}\u0000${d.path.join('\u0000')}`;

/**
 * The errors `result` (the diagnostics of the whole change set's result) has that `before` (those
 * of the model) does not, each once, with the change that brings it. Found by applying the changes
 * one at a time and checking after each, which is slow: call it only when the result has new errors.
 */
export function modelBreaks(
  model: Model,
  changeSet: ChangeSet,
  before: readonly Diagnostic[],
  result: readonly Diagnostic[],
  name: DocumentNamer,
): ModelBreak[] {
  const pending = new Map<string, Diagnostic>();
  for (const error of newErrors(before, result)) pending.set(placeOf(error), error);
  const found: ModelBreak[] = [];
  applyChanges(model, changeSet, CODE_ORIGIN, (draft, index) => {
    if (pending.size === 0) return;
    for (const error of newErrors(before, recheck(draft, [], name).diagnostics)) {
      const seen = pending.get(placeOf(error));
      if (seen === undefined) continue;
      pending.delete(placeOf(error));
      found.push({ index, error: seen });
    }
  });
  // Every error is found by the last change at the latest: the copy is then the result itself.
  return found;
}
