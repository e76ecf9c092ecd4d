import type { Scenario } from '@opcc/core';
import { html, type Html } from './html.js';

// Controls only: the page's script keeps the entries, draws the lists and makes the downloads.
// Every control has a visible label; the lists are tables the script fills from the stored notes.

/** The decision log: what was decided, by which role, at what time, added during the session. */
export function decisionLog(scenario: Scenario): Html {
  return html`<div class="entry-form decision-form">
<div class="facilitator-field"><label for="decision-time">Time</label><input id="decision-time" type="time"></div>
<div class="facilitator-field"><label for="decision-role">Decided by</label><select id="decision-role">
<option value="">Whole team</option>${scenario.roles.map((r) => html`<option value="${r.id}">${r.title}</option>`)}
</select></div>
<div class="facilitator-field wide"><label for="decision-text">What was decided</label><textarea id="decision-text" rows="2"></textarea></div>
<button type="button" id="decision-add">Add to the log</button>
</div>
<p class="hint">Leave the time empty to log the time now.</p>
${entryTable('decision', 'Decisions logged', ['Time', 'Decided by', 'Decision'], 'No decisions logged yet.')}`;
}

/**
 * The after-action draft: strengths, areas for improvement, corrective actions with owner and
 * due date, the two downloads and "Clear notes" with its confirmation.
 */
export function afterActionForm(scenario: Scenario): Html {
  return html`<div class="facilitator-field"><label for="aa-strengths">Strengths, one to a line</label>
<textarea id="aa-strengths" rows="4" data-note="strengths"></textarea></div>
<div class="facilitator-field"><label for="aa-improvements">Areas for improvement, one to a line</label>
<textarea id="aa-improvements" rows="4" data-note="improvements"></textarea></div>
<h3>Corrective actions</h3>
<div class="entry-form action-form">
<div class="facilitator-field"><label for="action-objective">Objective</label><select id="action-objective">
<option value="">None in particular</option>${scenario.objectives.map((o, i) => html`<option value="${o.id}">Objective ${i + 1}</option>`)}
</select></div>
<div class="facilitator-field wide"><label for="action-text">Corrective action</label><textarea id="action-text" rows="2"></textarea></div>
<div class="facilitator-field"><label for="action-owner">Owner</label><input id="action-owner" type="text"></div>
<div class="facilitator-field"><label for="action-due">Due date</label><input id="action-due" type="date"></div>
<button type="button" id="action-add">Add the action</button>
</div>
${entryTable('action', 'Corrective actions', ['Objective', 'Corrective action', 'Owner', 'Due'], 'No corrective actions yet.')}
<h3>Download the draft</h3>
<p class="hint">The files are made in this browser and saved to this computer: nothing is sent anywhere.</p>
<p class="button-row"><button type="button" id="export-markdown">Download as Markdown</button>
<button type="button" id="export-csv">Download as CSV</button></p>
<h3>Clear notes</h3>
<p class="button-row"><button type="button" id="notes-clear" aria-expanded="false" aria-controls="clear-confirm">Clear notes…</button></p>
<div id="clear-confirm" class="confirm" role="group" aria-labelledby="clear-confirm-text" hidden>
<p id="clear-confirm-text">Clear every note, rating, decision and corrective action kept in this browser for this scenario?
This cannot be undone: download the draft first if you need it.</p>
<p id="clear-other" hidden><input type="checkbox" id="clear-other-versions">
<label for="clear-other-versions">Also clear the notes this site keeps for <span id="clear-other-count"></span> of this scenario</label></p>
<p class="button-row"><button type="button" id="clear-yes">Yes, clear them</button> <button type="button" id="clear-no">No, keep them</button></p>
</div>`;
}

/** A table the script fills, with a line to show while it is empty. */
function entryTable(name: string, caption: string, columns: readonly string[], empty: string): Html {
  return html`<table class="entry-table" id="${name}-table">
<caption>${caption}</caption>
<thead><tr>${columns.map((c) => html`<th scope="col">${c}</th>`)}<th scope="col"><span class="visually-hidden">Remove</span></th></tr></thead>
<tbody id="${name}-entries"></tbody>
</table>
<p class="hint" id="${name}-empty">${empty}</p>`;
}
