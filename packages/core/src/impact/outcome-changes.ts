import type { Model } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import { stepsServingOutcome } from '../query/outcome-steps.js';
import type { OutcomeId } from '../schema/ids.js';
import type { OutcomeChange, StepMention } from './impact-report.js';
import { pairBy } from './pair-by.js';

const stepKey = (s: StepMention) => `${s.map}\u0000${s.step}`;

function serving(model: Model, outcome: OutcomeId): StepMention[] {
  if (indexModel(model).outcomes.get(outcome) === undefined) return [];
  return stepsServingOutcome(model, outcome).map((s) => ({ map: s.map, step: s.step, title: s.title }));
}

/**
 * Outcome framework elements that gain or lose steps serving them, directly or through the
 * glossary entries the steps carry and the objectives that roll up to them; in the order of the
 * elements of `after`, then those only `before` has.
 */
export function outcomeChanges(before: Model, after: Model): OutcomeChange[] {
  const old = indexModel(before).outcomes;
  const now = indexModel(after).outcomes;
  const ids = [...new Set([...now.keys(), ...old.keys()])];
  return ids.flatMap((id) => {
    const steps = pairBy(serving(before, id), serving(after, id), stepKey);
    if (steps.added.length + steps.removed.length === 0) return [];
    return [{ outcome: id, title: (now.get(id) ?? old.get(id))?.title ?? id, added: steps.added, removed: steps.removed }];
  });
}
