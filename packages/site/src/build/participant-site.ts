import type { Model, Scenario } from '@opcc/core';
import { SCENARIO_VIEWS, type ScenarioView } from '../pages/scenario-common.js';
import type { ScenarioInject, ScenarioModule, ScenarioQuestion } from '../pages/scenario-types.js';
import type { SiteAudience } from './audience.js';

// The participants' site is made from this model, not merely from fewer pages: text that is not in the model can be in
// no page, script or search index, whatever a page shows now or later.

function question({ answer: _answer, ...rest }: ScenarioQuestion): ScenarioQuestion {
  return { ...rest, points: [] };
}

// What players are expected to do is for the evaluators; the run view never shows it.
function inject(item: ScenarioInject): ScenarioInject {
  return { ...item, expects: [] };
}

function module(item: ScenarioModule): ScenarioModule {
  // A contingency inject is released only when players miss an expected action, so its words and its cue give it away.
  const injects = item.injects.filter((i) => i.contingency === undefined).map(inject);
  return { ...item, injects, questions: item.questions.map(question) };
}

/**
 * A scenario as participants may see it: without what the schema keeps for the facilitator (model answers, discussion
 * points, what to observe for each objective), the hot debrief, the injects' expected actions and the contingency injects.
 */
export function participantScenario({ debrief: _debrief, ...scenario }: Scenario): Scenario {
  return {
    ...scenario,
    objectives: scenario.objectives.map(({ observe: _observe, ...objective }) => objective),
    modules: scenario.modules.map(module),
  };
}

/** The model as participants may see it: every scenario through {@link participantScenario}, the rest as it is. */
export function participantModel(model: Model): Model {
  return { ...model, scenarios: model.scenarios.map(participantScenario) };
}

/**
 * The model a site for `audience` is built from: the model itself for everyone, {@link participantModel} for participants.
 * @example
 * ```ts
 * mapPage(modelFor(model, 'participants'), map, drawing); // a map page as the participants' site has it
 * ```
 */
export function modelFor(model: Model, audience: SiteAudience): Model {
  return audience === 'participants' ? participantModel(model) : model;
}

/** The views of each scenario that a site for `audience` holds, in the order the scenarios index lists them. */
export function scenarioViews(audience: SiteAudience): readonly ScenarioView[] {
  return audience === 'all' ? SCENARIO_VIEWS : SCENARIO_VIEWS.filter((view) => !view.staff);
}

/** The paths of the pages for exercise staff only of every scenario of a model: those a site for participants leaves out. */
export function staffPages(model: Model): ReadonlySet<string> {
  const staff = SCENARIO_VIEWS.filter((view) => view.staff);
  return new Set(model.scenarios.flatMap((s) => staff.map((view) => view.href(s.id))));
}
