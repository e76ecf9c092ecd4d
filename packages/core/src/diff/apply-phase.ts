import { applyChangeSet } from '../change-set/apply-change-set.js';
import type { ChangeSet, Model } from '../model/model.js';
import type { Change } from '../schema/change-set.js';

/** The model some changes leave, made by the same function that applies a change set, so diff's phases see what apply will do. */
export function applyPhase(model: Model, changes: readonly Change[]): Model {
  const changeSet: ChangeSet = { id: 'diff' as ChangeSet['id'], title: 'Difference', rationale: '', status: 'proposed', changes: [...changes] };
  return applyChangeSet(model, changeSet).model;
}
