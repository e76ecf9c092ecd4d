import type { Model } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import type { MapId } from '../schema/ids.js';
import type { ScenarioId } from '../schema/scenario.js';
import { textId } from './text-id.js';

/** Where in a scenario a process map is used. */
export type MapUseKind = 'focus' | 'expected-action' | 'question' | 'objective';

/** One use of a map by a training scenario: what uses it, and the id of that module, inject, question or objective. */
export interface MapScenarioUse {
  /** The scenario that uses the map. */
  readonly scenario: ScenarioId;
  /** What in the scenario uses it. */
  readonly in: MapUseKind;
  /** The id of the module, inject, question or objective that uses it. */
  readonly id: string;
}

/**
 * The training scenarios that use a process map, each use once, in the order the model lists
 * them: modules that focus on it, injects whose expected actions (or contingency) are steps on
 * it, questions that name its steps, and objectives about it. A step named without a map is on
 * its module's focus map, as the scenario schema says. The map id may be branded or plain text.
 * @example
 * ```ts
 * const uses = mapScenarios(guide, 'complaints-against-chief-constable');
 * [...new Set(uses.map((u) => u.scenario))]; // ['complaint-about-the-chief-constable']
 * uses.filter((u) => u.in === 'focus').map((u) => u.id); // the modules that focus on the map
 * ```
 * @throws {@link NotFoundError} when the model has no map with the id.
 */
export function mapScenarios(model: Model, map: MapId | string): MapScenarioUse[] {
  const id = indexModel(model).getMap(textId<MapId>(map)).id;
  return model.scenarios.flatMap((scenario) => {
    const uses: MapScenarioUse[] = [];
    const use = (kind: MapUseKind, what: string) => uses.push({ scenario: scenario.id, in: kind, id: what });
    for (const module of scenario.modules) {
      const on = (ref: { readonly map?: MapId | undefined }) => (ref.map ?? module.focus?.map) === id;
      if (module.focus?.map === id) use('focus', module.id);
      for (const inject of module.injects)
        if (inject.expects.some(on) || (inject.contingency !== undefined && on(inject.contingency.unless))) use('expected-action', inject.id);
      for (const question of module.questions) if (question.steps.some(on)) use('question', question.id);
    }
    for (const objective of scenario.objectives) if (objective.maps.includes(id)) use('objective', objective.id);
    return uses;
  });
}
