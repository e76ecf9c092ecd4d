import type { Scenario } from '@opcc/core';
import { HSEEP_RATINGS } from '../client/hseep-ratings.js';
import { html, type Html } from './html.js';
import { markdown } from './markdown.js';
import { objectiveAnchor } from './scenario-common.js';
import type { ScenarioModule } from './scenario-types.js';

type Objective = Scenario['objectives'][number];

// The page's script finds the controls by these attributes and keeps what is typed in them;
// the after-action draft reads the titles the same way, so the draft names what the page shows.

/** The facilitator's notes on one module, typed during the session. */
export function moduleNotes(module: ScenarioModule): Html {
  const id = `notes-module-${module.id}`;
  return html`<div class="facilitator-field module-notes" data-module="${module.id}" data-title="${module.title}">
<label for="${id}">Observation notes on “${module.title}”</label>
<textarea id="${id}" rows="4" data-note="module" data-id="${module.id}"></textarea>
</div>`;
}

/**
 * Every objective with what to observe to rate it, a rating in the HSEEP manner (a group of
 * radio buttons, "Not rated" to begin with) and the facilitator's notes on it.
 */
export function objectiveObservations(scenario: Scenario): Html {
  if (scenario.objectives.length === 0) return html`<p class="hint">This scenario sets no objectives.</p>`;
  return html`<ol class="objective-observations">${scenario.objectives.map((objective, i) => objectiveItem(objective, i + 1))}</ol>`;
}

function checked(yes: boolean): Html {
  return yes ? html` checked` : html``;
}

function objectiveItem(objective: Objective, number: number): Html {
  const base = `objective-${objective.id}`;
  const ratings = [{ value: '', label: 'Not rated' }, ...HSEEP_RATINGS];
  return html`<li class="objective-observation" id="${objectiveAnchor(objective.id)}" data-objective="${objective.id}">
<h3 id="${base}-title">Objective ${number}</h3>
<div class="objective-text">${markdown(objective.text)}</div>
${objective.observe === undefined ? '' : html`<div class="objective-observe"><h4>What to observe</h4>${markdown(objective.observe)}</div>`}
<div class="objective-record">
<fieldset class="rating" aria-describedby="${base}-title">
<legend>Rating of objective ${number}</legend>
${ratings.map(
  (r) =>
    html`<label class="rating-choice"><input type="radio" name="${base}-rating" value="${r.value}" data-rating="${objective.id}"${checked(r.value === '')}>
${r.label}</label>`,
)}
</fieldset>
<div class="facilitator-field">
<label for="${base}-notes">Notes on objective ${number}</label>
<textarea id="${base}-notes" rows="5" data-note="objective" data-id="${objective.id}"></textarea>
</div>
</div>
</li>`;
}
