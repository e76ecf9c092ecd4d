import { plannedEnd, type Model, type Scenario } from '@opcc/core';
import type { ScenarioDrawings } from '../build/scenario-drawings.js';
import { html, type Html } from './html.js';
import { markdown } from './markdown.js';
import { choiceLeadsTo, clockTime, inTimeOrder, mediumWords, objectiveNumbers, participantName } from './scenario-common.js';
import { eventsTable, injectAnchor } from './scenario-events-table.js';
import { aboutSection, focusMap, moduleHeading, objectivesSection, printPage, questionPrompt, rolesSection, settingSection } from './scenario-print.js';
import type { ScenarioModule, ScenarioQuestion } from './scenario-types.js';

/**
 * The facilitator guide of a scenario, to print: everything in the handout, plus the timings, what to observe for each
 * objective, the master events table of every inject, and for each question the choices' feedback and branches, the
 * model answer and the points to draw out; then the debrief.
 */
export function scenarioGuidePage(model: Model, scenario: Scenario, drawings: ScenarioDrawings): string {
  const body = html`${aboutSection(scenario)}
${timingsSection(scenario)}
${settingSection(scenario)}
${rolesSection(model, scenario)}
${objectivesSection(scenario, true)}
<section class="print-section events" aria-labelledby="master-events"><h2 id="master-events">Master events list</h2>${eventsTable(model, scenario)}</section>
${scenario.modules.map((m) => guideModule(model, scenario, m, drawings))}
${scenario.debrief === undefined ? '' : html`<section class="print-section"><h2>Hot debrief</h2>${markdown(scenario.debrief)}</section>`}`;
  return printPage(model, scenario, 'guide', body);
}

// Each module's planned start and length: until the module the route goes on to starts, or the planned end for a module
// that ends the exercise (core's plannedEnd), so that an early end listed before another module is not 0 minutes.
function timingsSection(scenario: Scenario): Html {
  return html`<section class="print-section"><h2>Timings</h2><table class="print-table">
<thead><tr><th scope="col">Module</th><th scope="col">Planned start</th><th scope="col">Planned length</th></tr></thead>
<tbody>${scenario.modules.map((m, i) => {
    const end = plannedEnd(scenario, m.id);
    return html`<tr><th scope="row">${i + 1}. ${m.title}</th><td>${clockTime(m.start)}</td><td>${Math.max(0, end - m.start)} minutes</td></tr>`;
  })}
<tr><th scope="row">End of the exercise</th><td>${clockTime(scenario.duration)}</td><td></td></tr></tbody>
</table></section>`;
}

function guideModule(model: Model, scenario: Scenario, module: ScenarioModule, drawings: ScenarioDrawings): Html {
  return html`<section class="print-module" aria-labelledby="print-module-${module.id}">
${moduleHeading(scenario, module, true)}
${module.narrative === undefined ? '' : html`<div class="print-narrative">${markdown(module.narrative)}</div>`}
${module.injects.length === 0 ? '' : html`<p class="print-label">Injects in this module: ${inTimeOrder(module.injects).map((inject, i) => html`${i === 0 ? '' : ', '}<a href="#${injectAnchor(inject.id)}">${clockTime(inject.time)} ${mediumWords(inject.medium)} from ${participantName(model, scenario, inject.from)}</a>`)} (see the master events list).</p>`}
${module.questions.length === 0 ? '' : html`<h3>Questions</h3><ol class="print-questions">${module.questions.map((q) => html`<li class="print-question">${guideQuestion(scenario, q)}</li>`)}</ol>`}
${focusMap(model, scenario, module, drawings)}
</section>`;
}

function guideQuestion(scenario: Scenario, q: ScenarioQuestion): Html {
  const numbers = objectiveNumbers(scenario);
  const objectives = q.objectives.flatMap((id) => numbers.get(id) ?? []);
  return html`${q.kind === 'choice' && q.options.length > 0 ? html`<div class="question-prompt">${markdown(q.prompt)}</div><dl class="print-choices">${q.options.map((o) => {
    const next = o.next === undefined ? undefined : scenario.modules.find((m) => m.id === o.next);
    return html`<dt>${o.text}</dt><dd>${o.feedback === undefined ? '' : markdown(o.feedback)}${next === undefined ? '' : html`<p>${choiceLeadsTo(next.title)}</p>`}</dd>`;
  })}</dl>` : questionPrompt(q)}
${objectives.length === 0 ? '' : html`<p class="print-label">Assesses objective ${objectives.join(', ')}.</p>`}
${q.answer === undefined ? '' : html`<div class="model-answer"><h4 class="print-label">Model answer</h4>${markdown(q.answer)}</div>`}
${q.points.length === 0 ? '' : html`<div class="discussion-points"><h4 class="print-label">Points to draw out</h4><ul>${q.points.map((p) => html`<li>${p}</li>`)}</ul></div>`}`;
}
