import type { Model, Scenario } from '@opcc/core';
import type { ScenarioDrawings } from '../build/scenario-drawings.js';
import { scenarioCardsPage } from './scenario-cards.js';
import { scenarioGuidePage } from './scenario-guide.js';
import { scenarioHandoutPage } from './scenario-handout.js';
import { PRINT_PACKS } from './scenario-print.js';

/**
 * The three printed packs of a scenario, by path: the participant handout, the facilitator guide and the inject cards.
 * `drawings` are the scenario's focused maps, each drawn once (see drawScenario).
 * @example
 * ```ts
 * for (const [path, page] of scenarioPacks(guide, scenario, await drawScenario(guide, scenario))) files.set(path, page);
 * ```
 */
export function scenarioPacks(model: Model, scenario: Scenario, drawings: ScenarioDrawings): Array<[string, string]> {
  return [
    [PRINT_PACKS.handout.path(scenario.id), scenarioHandoutPage(model, scenario, drawings)],
    [PRINT_PACKS.guide.path(scenario.id), scenarioGuidePage(model, scenario, drawings)],
    [PRINT_PACKS.cards.path(scenario.id), scenarioCardsPage(model, scenario)],
  ];
}
