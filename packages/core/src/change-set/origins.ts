import type { DocumentOrigin } from '../load/source.js';
import type { ChangeSet } from '../model/model.js';

/*
 * Where each change set read from a file came from. A model holds no positions, but a change set
 * keeps, from its document to the model, the very list of its changes: keyed by that list, the
 * origin lets applyChangeSet locate the changes of a loaded change set without being told.
 */
const ORIGINS = new WeakMap<object, DocumentOrigin>();

/** Remembers where a change set's document was read from. */
export function rememberOrigin(changeSet: Pick<ChangeSet, 'changes'>, origin: DocumentOrigin): void {
  ORIGINS.set(changeSet.changes, origin);
}

/** Where a change set was read from, when it came from a loaded document. */
export function originOf(changeSet: Pick<ChangeSet, 'changes'>): DocumentOrigin | undefined {
  return ORIGINS.get(changeSet.changes);
}
