import type { ChangeKind, ChangeOf } from '../schema/change-set.js';
import type { ChangeContext } from './change-context.js';
import type { Draft } from './draft.js';

/**
 * How one kind of change is applied to a draft model: it edits the draft in place, or reports at
 * the change why it cannot, and then leaves the draft as it was.
 */
export type Applier<K extends ChangeKind> = (draft: Draft, ctx: ChangeContext<ChangeOf<K>>) => void;

/** The appliers of some kinds of change, by kind. */
export type Appliers<K extends ChangeKind> = { readonly [P in K]: Applier<P> };

/** Removes the first item that matches from a list, in place. */
export function removeFrom<T>(items: T[], item: T): void {
  const at = items.indexOf(item);
  if (at >= 0) items.splice(at, 1);
}
