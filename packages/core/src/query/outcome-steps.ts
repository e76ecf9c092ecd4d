import type { Model } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import type { MapId, OutcomeId, StepId } from '../schema/ids.js';
import { rollUp } from './outcomes.js';
import { textId } from './text-id.js';

/** A step that serves an outcome framework element. */
export interface ServingStep {
  readonly map: MapId;
  readonly step: StepId;
  readonly title: string;
  /** The elements the step declares, itself or through its activity's glossary entry, that serve the outcome (or are it). */
  readonly through: readonly OutcomeId[];
}

/**
 * The steps that serve an outcome framework element, by map and step in the model's order. A step
 * serves an element when an element it declares, itself or through the glossary entry its activity
 * carries, is that element or rolls up to it (an objective serves its outcomes and the vision).
 * {@link mapsServingOutcome} gives the maps, counting their sub-processes too. The id may be branded or plain text.
 * @example
 * ```ts
 * stepsServingOutcome(guide, 'victims-supported').map((s) => `${s.map}/${s.step}`);
 * ```
 * @throws {@link NotFoundError} when the model has no such outcome framework element.
 */
export function stepsServingOutcome(model: Model, outcome: OutcomeId | string): ServingStep[] {
  const index = indexModel(model);
  const id = index.getOutcome(textId<OutcomeId>(outcome)).id;
  return model.maps.flatMap((map) =>
    map.steps.flatMap((step) => {
      const fromCode = step.kind === 'activity' && step.code !== undefined ? (index.findEntry(step.code)?.outcomes ?? []) : [];
      const declared = [...new Set([...step.outcomes, ...fromCode])].sort();
      const through = declared.filter((d) => index.findOutcome(d) !== undefined && rollUp(model, [d]).includes(id));
      return through.length === 0 ? [] : [{ map: map.id, step: step.id, title: step.title, through }];
    }),
  );
}
