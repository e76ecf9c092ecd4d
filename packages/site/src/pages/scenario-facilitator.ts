// The facilitator's view of a scenario: the participants' run view (runView) with the model answers behind a button
// under each question and a notes field in each module, followed by the master scenario events list, the objectives
// with what to observe and a rating each, the decision log and the after-action draft. The page is for exercise staff
// only: the participant briefing never links to it.
//
// Markup the client relies on (keep in step with client/scenario-facilitator.ts): `[data-facilitator]` on the root,
// with `data-scenario`, `data-version`, `data-title` and `data-marking`; the controls of scenario-observation-form.ts
// and scenario-after-action-form.ts; `.needs-script`, hidden by the script; `#notes-status`, where it reports.
import type { Model, Scenario } from '@opcc/core';
import type { ScenarioDrawings } from '../build/scenario-drawings.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { pagePath } from './paths.js';
import { afterActionForm, decisionLog } from './scenario-after-action-form.js';
import { answerReveal } from './scenario-answer-reveal.js';
import { scenarioBreadcrumbs } from './scenario-common.js';
import { eventsTable } from './scenario-events-table.js';
import { moduleNotes, objectiveObservations } from './scenario-observation-form.js';
import { runView } from './scenario-run.js';

/** The facilitator's page of a scenario, for exercise staff only. */
export function scenarioFacilitatorPage(model: Model, scenario: Scenario, drawings: ScenarioDrawings): string {
  const main = html`${staffOnly(scenario)}
<div class="facilitator" data-facilitator data-scenario="${scenario.id}" data-version="${scenario.version ?? ''}"
 data-title="${scenario.title}" data-marking="${scenario.marking}">
<p class="needs-script">The model answers, the notes, the decision log and the downloads need JavaScript, which is switched off in this browser.</p>
<p class="notes-status" id="notes-status" role="status"></p>
${runView(model, scenario, drawings, { question: answerReveal, module: moduleNotes, aside: decisionAside(scenario), staff: true })}
${section('events', 'Master scenario events list', eventsTable(model, scenario))}
${section('objectives', 'Objectives: what to observe, rating and notes', objectiveObservations(scenario))}
${section('after-action', 'After-action draft', afterActionForm(scenario))}
</div>`;
  const breadcrumbs = scenarioBreadcrumbs(model, scenario, 'Facilitator');
  return layout(model, { title: `Facilitator: ${scenario.title}`, kind: 'scenario-facilitator', breadcrumbs, main }).value;
}

function staffOnly(scenario: Scenario): Html {
  return html`<div class="staff-only">
<p><strong>For exercise staff only.</strong> This view holds the model answers, what to observe and your notes.
Keep it off the shared screen; the players use the <a href="${pagePath.scenarioRun(scenario.id)}">run view</a>.</p>
<p>Notes, ratings and the decision log are kept in this browser on this computer, for this scenario and version only, and go nowhere else.</p>
</div>`;
}

// Beside the modules, so that a decision can be logged without leaving the module in hand.
function decisionAside(scenario: Scenario): Html {
  return html`<aside class="facilitator-aside" aria-labelledby="decision-log-title">
<h2 id="decision-log-title">Decision log</h2>
${decisionLog(scenario)}
</aside>`;
}

function section(id: string, title: string, body: Html): Html {
  return html`<section class="facilitator-section" aria-labelledby="${id}-title">
<h2 id="${id}-title">${title}</h2>
${body}
</section>`;
}
