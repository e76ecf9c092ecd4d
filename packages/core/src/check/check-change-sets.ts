import { applyChanges } from '../change-set/apply-changes.js';
import { rememberOrigin } from '../change-set/origins.js';
import { newErrors, recheck } from '../change-set/recheck.js';
import { assembleModel } from '../model/assemble.js';
import { documentsOf, type CheckContext } from './context.js';

/**
 * Checks each change set by applying it to the model the other documents make: each change that
 * cannot be made is reported at the change, with the nearest name or the conflict, and each
 * error the result has that the model does not is reported at the change set. The result's own
 * change sets are not applied again.
 */
export function checkChangeSets(ctx: CheckContext): void {
  const changeSets = documentsOf(ctx, 'change-set');
  if (changeSets.length === 0) return;
  const model = assembleModel(ctx.documents.filter((document) => document.kind !== 'change-set'));
  const before = recheck(model, []).diagnostics;
  for (const { data, origin } of changeSets) {
    rememberOrigin(data, origin);
    const applied = applyChanges(model, data, origin);
    ctx.diagnostics.push(...applied.diagnostics);
    for (const error of newErrors(before, recheck(applied.draft, []).diagnostics)) {
      ctx.report(
        'change-set-breaks-model',
        { changeSet: data.id, problem: error.code, detail: error.message },
        { origin, path: ['changes'] },
        { target: 'key' },
      );
    }
  }
}
