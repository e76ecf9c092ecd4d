import type { Model, Scenario } from '@opcc/core';
import type { ScenarioDrawings } from '../build/scenario-drawings.js';
import { html, type Html } from './html.js';
import { markdown } from './markdown.js';
import { aboutSection, focusMap, moduleHeading, objectivesSection, printPage, questionPrompt, rolesSection, settingSection, writingSpace } from './scenario-print.js';
import type { ScenarioModule } from './scenario-types.js';

/**
 * The participant handout of a scenario, to print: the setting, the roles with their briefings, the objectives, and
 * each module with its narrative, its focused map and its questions with ruled space to write. It holds no facilitator
 * material at all: no model answers, discussion points, choice feedback, branches, injects or what to observe.
 */
export function scenarioHandoutPage(model: Model, scenario: Scenario, drawings: ScenarioDrawings): string {
  const body = html`${aboutSection(scenario)}
${settingSection(scenario)}
${rolesSection(model, scenario)}
${objectivesSection(scenario, false)}
${scenario.modules.map((m) => handoutModule(model, scenario, m, drawings))}`;
  return printPage(model, scenario, 'handout', body);
}

function handoutModule(model: Model, scenario: Scenario, module: ScenarioModule, drawings: ScenarioDrawings): Html {
  return html`<section class="print-module" aria-labelledby="print-module-${module.id}">
${moduleHeading(scenario, module, false)}
${module.narrative === undefined ? '' : html`<div class="print-narrative">${markdown(module.narrative)}</div>`}
${module.questions.length === 0 ? '' : html`<h3>Questions</h3><ol class="print-questions">${module.questions.map((q) => html`<li class="print-question">${questionPrompt(q)}${writingSpace(q)}</li>`)}</ol>`}
${focusMap(model, scenario, module, drawings)}
</section>`;
}
