import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentOrigin } from '../load/source.js';
import type { ChangeSet, Model } from '../model/model.js';
import type { Change } from '../schema/change-set.js';
import type { Applier } from './applier.js';
import { APPLIERS } from './appliers.js';
import { ChangeContext } from './change-context.js';
import { draftOf, type Draft } from './draft.js';

/** A copy of a model with a change set's changes made, and the changes that could not be made. */
interface AppliedChanges {
  readonly draft: Draft;
  /** One or more diagnostics for each change that could not be made, located at it in the change set's file. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Makes the changes of a change set, in order, on a copy of a model. A change that cannot be
 * made is reported and left out; the changes after it are still tried. The model is not touched,
 * and the copy is not checked or put back in canonical order: `applyChangeSet` does both.
 * `afterEach` is shown the copy after each change, to find which change a problem of the result comes from.
 */
export function applyChanges(model: Model, changeSet: ChangeSet, origin: DocumentOrigin, afterEach?: (draft: Draft, index: number) => void): AppliedChanges {
  const draft = draftOf(model);
  const diagnostics: Diagnostic[] = [];
  changeSet.changes.forEach((change, index) => {
    const apply = APPLIERS[change.change] as Applier<Change['change']>;
    apply(draft, new ChangeContext(change, index, changeSet.id, origin, diagnostics) as never);
    afterEach?.(draft, index);
  });
  return { draft, diagnostics };
}
