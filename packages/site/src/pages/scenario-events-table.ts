import { indexModel, type MapId, type Model, type Scenario, type StepId } from '@opcc/core';
import { html, type Html } from './html.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';
import { clockTime, inTimeOrder, mediumWords, objectiveAnchor, objectiveNumbers, participantName } from './scenario-common.js';
import type { ScenarioInject, ScenarioModule } from './scenario-types.js';

type StepRef = ScenarioInject['expects'][number];

/** The id of an inject's row in the events table. */
export function injectAnchor(injectId: string): string {
  return `inject-${injectId}`;
}

/** A link to a step of a map (the module's focus map unless the reference names one), by title; an unknown step is its bare id. */
export function stepLink(model: Model, ref: StepRef, focusMap: string | undefined): Html {
  const map = ref.map ?? focusMap;
  const step = map === undefined ? undefined : indexModel(model).findStep(map as MapId, ref.step as StepId);
  if (map === undefined || step === undefined) return html`<span>${ref.step}</span>`;
  return html`<a href="${pagePath.map(map)}#${step.id}">${step.title}</a>`;
}

const COLUMNS = ['Planned time', 'Scenario time', 'From', 'To', 'Medium', 'Inject', 'Expected actions', 'Objectives tested', 'Contingency'];

/**
 * The master scenario events list: every inject of every module, in the order of planned time,
 * with its scenario time, sender, addressees, medium, content, the expected actions as links to
 * the steps of the maps, the objectives it tests and, for a contingency inject, when to release it.
 * A module's injects sit under a heading row of their own.
 */
export function eventsTable(model: Model, scenario: Scenario): Html {
  const modules = scenario.modules.filter((m) => m.injects.length > 0);
  if (modules.length === 0) return html`<p class="hint">This scenario has no injects.</p>`;
  const number = objectiveNumbers(scenario);
  return html`<div class="table-box"><table class="events-table">
<caption>${scenario.marking} · Injects by module in planned order; contingency injects are shaded
and released only if the expected action has not happened.</caption>
<thead><tr>${COLUMNS.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
${modules.map(
  (module) => html`<tbody>
<tr class="events-module"><th scope="rowgroup" colspan="${COLUMNS.length}">${module.title}
<span class="meta">(planned start ${clockTime(module.start)})</span></th></tr>
${inTimeOrder(module.injects).map((inject) => injectRow(model, scenario, module, inject, number))}
</tbody>`,
)}
</table></div>`;
}

function injectRow(model: Model, scenario: Scenario, module: ScenarioModule, inject: ScenarioInject, number: ReadonlyMap<string, number>): Html {
  const focus = module.focus?.map;
  return html`<tr id="${injectAnchor(inject.id)}"${inject.contingency === undefined ? '' : html` class="is-contingency"`}>
<td>${clockTime(inject.time)}</td>
<td>${inject.scenarioTime ?? ''}</td>
<td>${participantName(model, scenario, inject.from)}</td>
<td>${list(inject.to.map((id) => html`${participantName(model, scenario, id)}`))}</td>
<td>${mediumWords(inject.medium)}</td>
<td>${markdown(inject.content)}</td>
<td>${list(inject.expects.map((ref) => stepLink(model, ref, focus)))}</td>
<td>${list(inject.objectives.map((id) => html`<a href="#${objectiveAnchor(id)}">Objective ${number.get(id) ?? id}</a>`))}</td>
<td>${inject.contingency === undefined ? '' : html`Release only if not done: ${stepLink(model, inject.contingency.unless, focus)}`}</td>
</tr>`;
}

function list(items: readonly Html[]): Html {
  if (items.length === 0) return html``;
  return items.length === 1 ? html`${items[0]}` : html`<ul class="plain-list">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}
