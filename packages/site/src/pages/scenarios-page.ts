import type { Model, Scenario } from '@opcc/core';
import { illustrativeMarker } from './common.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { markdown } from './markdown.js';
import type { SiteAudience } from '../build/audience.js';
import { scenarioViews } from '../build/participant-site.js';
import { pagePath } from './paths.js';
import { scenarioBreadcrumbs, scenarioFacts, scenarioMaps, type ScenarioView } from './scenario-common.js';

/**
 * The index of training scenarios: what each is, for whom, how long, what it tests, the maps it uses and the pages of it
 * that a site for `audience` holds; a site for participants says that it is their edition, so nobody looks for the rest.
 */
export function scenariosPage(model: Model, audience: SiteAudience = 'all'): string {
  const views = scenarioViews(audience);
  const main = html`<p class="hint">Training exercises run over the process maps, module by module. Each has a briefing for participants and a run view to use in the room.</p>
${audience === 'participants' ? html`<p class="participant-edition"><strong>Participant edition:</strong> facilitator material is not included.</p>` : ''}
${model.scenarios.length === 0 ? html`<p>This model has no scenarios.</p>` : model.scenarios.map((s) => entry(model, s, views))}`;
  return layout(model, { title: 'Scenarios', kind: 'scenarios', breadcrumbs: scenarioBreadcrumbs(model), main }).value;
}

function entry(model: Model, scenario: Scenario, views: readonly ScenarioView[]): Html {
  const maps = scenarioMaps(model, scenario);
  return html`<section class="scenario-entry" id="${scenario.id}" aria-labelledby="scenario-${scenario.id}-title">
<h2 id="scenario-${scenario.id}-title"><a href="${pagePath.scenario(scenario.id)}">${scenario.title}</a>${scenario.illustrative === true ? html` ${illustrativeMarker()}` : ''}</h2>
<p class="scenario-marking-inline">Handling marking: ${scenario.marking}</p>
<div class="scenario-summary">${markdown(scenario.summary)}</div>
${scenarioFacts(scenario)}
${scenario.objectives.length === 0 ? '' : html`<h3>Objectives</h3><ul class="scenario-objectives">${scenario.objectives.map((o) => html`<li>${markdown(o.text)}</li>`)}</ul>`}
${maps.length === 0 ? '' : html`<h3>Maps used</h3><ul class="scenario-maps">${maps.map((m) => html`<li><a href="${pagePath.map(m.id)}">${m.title}</a></li>`)}</ul>`}
<ul class="scenario-views" aria-label="Pages of ${scenario.title}">${views.map((v) => html`<li><a href="${v.href(scenario.id)}">${v.title}</a></li>`)}</ul>
</section>`;
}
