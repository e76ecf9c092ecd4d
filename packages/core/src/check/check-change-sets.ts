import { applyChanges } from '../change-set/apply-changes.js';
import { modelBreaks } from '../change-set/model-breaks.js';
import { newErrors, recheck, type DocumentNamer } from '../change-set/recheck.js';
import { describePath } from '../load/schema-issues.js';
import { assembleModel } from '../model/assemble.js';
import type { Model } from '../model/model.js';
import { toDocuments } from '../serialize/to-documents.js';
import { documentsOf, type CheckContext } from './context.js';
import { placeInFile } from './place-in-file.js';

const idOf = (data: unknown): string | undefined => {
  const id = typeof data === 'object' && data !== null ? (data as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
};

/** Names a document of a changed model by the file the model's own document of that kind and id is in, or by its kind and id when it is new. */
function documentNamer(ctx: CheckContext): DocumentNamer {
  const files = new Map<string, string>();
  for (const { kind, data, origin } of ctx.documents) {
    const key = `${kind}\u0000${idOf(data) ?? ''}`;
    if (origin.file !== undefined && !files.has(key)) files.set(key, origin.file);
  }
  return (document) => {
    const id = idOf(document);
    return files.get(`${document.kind}\u0000${id ?? ''}`) ?? (id === undefined ? `the ${document.kind}` : `${document.kind} "${id}"`);
  };
}

/**
 * Checks each change set by applying it to the model the other documents make: each change that
 * cannot be made is reported at the change, with the nearest name or the conflict, and each
 * error the result has that the model does not is reported once, at the first change after which
 * it appears. These are problems of the option, not of the model: their codes are warnings. The
 * result's own change sets are not applied again.
 */
export function checkChangeSets(ctx: CheckContext): void {
  const changeSets = documentsOf(ctx, 'change-set');
  if (changeSets.length === 0) return;
  const model = assembleModel(ctx.documents.filter((document) => document.kind !== 'change-set'));
  const before = recheck(model, []).diagnostics;
  const name = documentNamer(ctx);
  for (const { data, origin } of changeSets) {
    const applied = applyChanges(model, data, origin);
    ctx.diagnostics.push(...applied.diagnostics);
    const result = recheck(applied.draft, [], name).diagnostics;
    if (newErrors(before, result).length === 0) continue;
    const canonical = toDocuments(applied.draft as Model);
    for (const { index, error } of modelBreaks(model, data, before, result, name)) {
      const change = data.changes[index];
      const place = placeInFile(error, canonical, ctx.documents, name);
      ctx.report(
        'change-set-breaks-model',
        {
          changeSet: data.id,
          number: index + 1,
          change: change?.change ?? '',
          problem: error.code,
          detail: error.message,
          document: place.file ?? '',
          path: describePath(place.path),
        },
        { origin, path: ['changes', index] },
      );
    }
  }
}
