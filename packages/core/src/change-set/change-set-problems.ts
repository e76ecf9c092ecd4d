import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The codes of the problems of an option for change, each a warning of the model: they say the option does not apply, or breaks the model. */
const CHANGE_SET_CODES: ReadonlySet<string> = new Set(['change-target-missing', 'change-conflict', 'change-invalid', 'change-set-breaks-model']);

/**
 * The diagnostics of a loaded model that are problems of one change set, located in its file: a
 * change set that does not apply is a problem of that option alone, so a report on one option
 * shows its own problems and not those of the others.
 * @example
 * ```ts
 * const { model, diagnostics } = await loadModel('my-model');
 * changeSetProblems(diagnostics, 'share-the-dogs-unit').map(formatDiagnostic);
 * ```
 */
export function changeSetProblems(diagnostics: readonly Diagnostic[], changeSet: string): Diagnostic[] {
  return diagnostics.filter((d) => CHANGE_SET_CODES.has(d.code) && (d.fields as { readonly changeSet?: string }).changeSet === changeSet);
}
