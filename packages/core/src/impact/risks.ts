import { ModelBuilder } from '../build/model-builder.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Model } from '../model/model.js';
import { toDocuments } from '../serialize/to-documents.js';
import type { ImpactRisk } from './impact-report.js';

/**
 * Every problem the checks find in a model, as they would in its canonical documents. Its change
 * sets are left out, as applyChangeSet leaves them out of the model it checks: an option is not
 * a problem of the model it would change.
 * @example
 * ```ts
 * // The model's own problems, found once and given to impact for each option applied to it.
 * const before = modelDiagnostics(model);
 * const applied = applyChangeSet(model, option);
 * const report = impact(model, applied.model, { diagnostics: { before, after: applied.diagnostics } });
 * ```
 */
export function modelDiagnostics(model: Model): readonly Diagnostic[] {
  const builder = new ModelBuilder();
  for (const document of toDocuments(model)) if (document.kind !== 'change-set') builder.add(document);
  return builder.build().diagnostics;
}

/*
 * A problem is the same problem when its code and message are: the message names the elements
 * concerned, while the file, line and list index move when anything else in the document does.
 */
const keyOf = (d: Diagnostic) => `${d.code}\u0000${d.message}`;

/**
 * The problems in `after` that `before` does not have, counted, so a second unreachable step
 * in the same words is still new; in the order of `after`'s diagnostics.
 */
export function newProblems(before: readonly Diagnostic[], after: readonly Diagnostic[]): ImpactRisk[] {
  const remaining = new Map<string, number>();
  for (const d of before) remaining.set(keyOf(d), (remaining.get(keyOf(d)) ?? 0) + 1);
  return after.flatMap((d) => {
    const left = remaining.get(keyOf(d)) ?? 0;
    if (left > 0) {
      remaining.set(keyOf(d), left - 1);
      return [];
    }
    return [{ code: d.code, severity: d.severity, message: d.message }];
  });
}
