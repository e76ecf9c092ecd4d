import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { modelFromSources } from '../load/load-model.js';
import { CODE_ORIGIN, type DocumentOrigin } from '../load/source.js';
import type { Model } from '../model/model.js';
import type { DocumentInput } from '../schema/documents.js';
import { toDocuments } from '../serialize/to-documents.js';
import type { Draft } from './draft.js';

/** Names a canonical document of a changed model, so that a problem in it can say which document it is in. */
export type DocumentNamer = (document: DocumentInput) => string;

/**
 * A changed model, checked and assembled as a loaded one is, from its canonical documents. Its
 * change sets are left out of the check and put back after, so that checking the result of a
 * change set never applies change sets again. Given `name`, each diagnostic's `file` is the
 * name of its document.
 */
export function recheck(
  draft: Draft | Model,
  changeSets: Model['changeSets'],
  name?: DocumentNamer,
): { readonly model: Model; readonly diagnostics: readonly Diagnostic[] } {
  const documents = toDocuments(draft as Model).filter((document) => document.kind !== 'change-set');
  const origin = (document: DocumentInput): DocumentOrigin => (name === undefined ? CODE_ORIGIN : { file: name(document), locate: () => undefined });
  const loaded = modelFromSources(documents.map((value) => ({ origin: origin(value), value })));
  return { model: { ...loaded.model, changeSets }, diagnostics: loaded.diagnostics };
}

/** The errors of a changed model that the model before the change did not have, each as often as it is new. */
export function newErrors(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const counts = new Map<string, number>();
  const key = (d: Diagnostic) => `${d.code}\u0000${d.message}`;
  for (const d of before) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return after.filter((d) => {
    if (d.severity !== 'error') return false;
    const left = counts.get(key(d)) ?? 0;
    counts.set(key(d), left - 1);
    return left <= 0;
  });
}
