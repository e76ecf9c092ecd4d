import { type Model, type Scenario } from '@opcc/core';
import { glossaryLink, illustrativeNote, outcomeLinks, referenceLinks } from './common.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';
import { clockTime, participantName, scenarioBreadcrumbs, scenarioFacts, scenarioMarking, stepTitle } from './scenario-common.js';
import type { ScenarioModule } from './scenario-types.js';

/**
 * The participants' briefing of a scenario: the setting, the roles with their briefings, the objectives and the
 * modules in outline. It holds no facilitator material (answers, discussion points, what to observe) and no injects.
 */
export function scenarioPage(model: Model, scenario: Scenario): string {
  const main = html`${scenarioMarking(scenario)}
${scenario.illustrative === true ? illustrativeNote('This scenario is made up to show how the model works; it describes no real events.') : ''}
<div class="scenario-summary">${markdown(scenario.summary)}</div>
${scenarioFacts(scenario)}
<p class="scenario-links"><a href="${pagePath.scenarioRun(scenario.id)}">Run the exercise, module by module</a> · <a href="${pagePath.scenarioHandout(scenario.id)}">Print the participant handout</a></p>
<section class="scenario-setting" aria-labelledby="scenario-setting">
<h2 id="scenario-setting">Setting</h2>
${scenario.scenarioStart === undefined ? '' : html`<p class="scenario-start">The story starts: <strong>${scenario.scenarioStart}</strong> (time in the story, not on the exercise clock).</p>`}
${markdown(scenario.setting)}
</section>
${scenario.roles.length === 0 ? '' : roles(model, scenario)}
${scenario.objectives.length === 0 ? '' : objectives(model, scenario)}
<section class="scenario-outline" aria-labelledby="scenario-outline">
<h2 id="scenario-outline">Modules</h2>
<ol>${scenario.modules.map((m) => outlineItem(model, m))}</ol>
</section>
${scenario.references.length === 0 ? '' : html`<section><h2>Reference material</h2>${referenceLinks(model, scenario.references)}</section>`}
${scenarioMarking(scenario)}`;
  return layout(model, { title: scenario.title, kind: 'scenario', breadcrumbs: scenarioBreadcrumbs(model, scenario), main }).value;
}

function roles(model: Model, scenario: Scenario): Html {
  return html`<section class="scenario-roles" aria-labelledby="scenario-roles">
<h2 id="scenario-roles">Roles</h2>
${scenario.roles.map(
  (r) => html`<section class="scenario-role" id="role-${r.id}">
<h3>${r.title}</h3>
<p class="role-plays">Plays: ${participantName(model, scenario, r.party ?? r.stakeholder ?? r.id)}</p>
${r.briefing === undefined ? '' : html`<div class="role-briefing">${markdown(r.briefing)}</div>`}
</section>`,
)}
</section>`;
}

function objectives(model: Model, scenario: Scenario): Html {
  return html`<section class="scenario-objectives" aria-labelledby="scenario-objectives">
<h2 id="scenario-objectives">Objectives</h2>
<ul>${scenario.objectives.map(
    (o) => html`<li id="objective-${o.id}">${markdown(o.text)}${
      o.codes.length === 0 ? '' : html`<p class="objective-codes">Glossary: ${o.codes.map((c, i) => html`${i === 0 ? '' : ', '}${glossaryLink(model, c)}`)}</p>`
    }${o.maps.length === 0 ? '' : html`<p class="objective-maps">Maps: ${o.maps.map((m, i) => html`${i === 0 ? '' : ', '}<a href="${pagePath.map(m)}">${mapTitle(model, m)}</a>`)}</p>`}${outcomeLinks(model, o.outcomes)}</li>`,
  )}</ul>
</section>`;
}

function mapTitle(model: Model, id: string): string {
  return model.maps.find((m) => m.id === id)?.title ?? id;
}

function outlineItem(model: Model, module: ScenarioModule): Html {
  const focus = module.focus;
  return html`<li><strong>${module.title}</strong> <span class="outline-time">(planned start ${clockTime(module.start)})</span>${
    focus === undefined
      ? ''
      : html`<br><span class="outline-focus">On the map <a href="${pagePath.map(focus.map)}">${mapTitle(model, focus.map)}</a>: ${focus.steps
          .map((s) => stepTitle(model, focus.map, s))
          .join(', ')}</span>`
  }</li>`;
}
