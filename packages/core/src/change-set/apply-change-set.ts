import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { CODE_ORIGIN, type DocumentOrigin } from '../load/source.js';
import type { ChangeSet, Model } from '../model/model.js';
import { applyChanges } from './apply-changes.js';
import { recheck } from './recheck.js';

/** A model with a change set applied, and every problem found on the way. */
export interface ChangeSetResult {
  /** The model as the change set leaves it, in canonical order; its change sets are the original model's, not applied again. */
  readonly model: Model;
  /**
   * First each change that could not be made (an unknown target, with the nearest name; a
   * conflict; an invalid result), located at the change in the change set's file; then the
   * diagnostics of the resulting model, which every check of a loaded model has looked at.
   */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * True when every change could be made. When one could not, the option does not apply: the
   * model is what the other changes leave, and says little. When every change was made but the
   * result has errors (`hasErrors(diagnostics)`), the option applies and breaks the model.
   */
  readonly applies: boolean;
}

/** How to apply a change set. */
export interface ApplyOptions {
  /**
   * Where the change set was read from, so that each change that cannot be made is reported at
   * its line and column. Without it the diagnostics carry only the path of the change, however the
   * change set was made; loading a model reports the located ones already.
   */
  readonly origin?: DocumentOrigin;
}

/**
 * Applies a change set to a model: a pure function that returns a new model with the changes
 * made in order, and the diagnostics of the changes and of the resulting model. The model given
 * is never changed, and no file is read or written.
 * @example
 * ```ts
 * const { model } = await loadModel('my-model');
 * const option = model.changeSets.find((c) => c.id === 'share-the-dogs-unit');
 * if (option !== undefined) {
 *   const result = applyChangeSet(model, option);
 *   for (const d of result.diagnostics) console.log(formatDiagnostic(d));
 *   result.model.maps; // the maps as the option leaves them
 * }
 * ```
 */
export function applyChangeSet(model: Model, changeSet: ChangeSet, options: ApplyOptions = {}): ChangeSetResult {
  const applied = applyChanges(model, changeSet, options.origin ?? CODE_ORIGIN);
  const result = recheck(applied.draft, model.changeSets);
  return { model: result.model, diagnostics: [...applied.diagnostics, ...result.diagnostics], applies: applied.diagnostics.length === 0 };
}
