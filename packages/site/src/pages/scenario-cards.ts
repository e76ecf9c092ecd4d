import type { Model, Scenario } from '@opcc/core';
import { html, type Html } from './html.js';
import { markdown } from './markdown.js';
import { clockTime, inTimeOrder, mediumWords, participantName, scenarioMarking } from './scenario-common.js';
import { stepLink } from './scenario-events-table.js';
import { printPage } from './scenario-print.js';
import type { ScenarioInject, ScenarioModule } from './scenario-types.js';

/** How many cards go on one A4 sheet: two across, two down, each about A6. */
export const CARDS_PER_SHEET = 4;

/**
 * The inject cards of a scenario, to print and cut out: one inject per card, in planned time order, each with its
 * times, sender, addressees, medium, content and the handling marking; a contingency inject's card also tells staff when to release it. The cards come in sheets of
 * {@link CARDS_PER_SHEET}, one sheet to a printed page, so that no card is ever split between two pages.
 */
export function scenarioCardsPage(model: Model, scenario: Scenario): string {
  const cards = inTimeOrder(scenario.modules.flatMap((module) => module.injects.map((inject) => ({ module, inject, time: inject.time }))));
  const sheets: Array<typeof cards> = [];
  for (let i = 0; i < cards.length; i += CARDS_PER_SHEET) sheets.push(cards.slice(i, i + CARDS_PER_SHEET));
  const body =
    cards.length === 0
      ? html`<p>This scenario has no injects.</p>`
      : html`${sheets.map(
          (sheet, s) =>
            html`<ol class="card-sheet" start="${s * CARDS_PER_SHEET + 1}" aria-label="Cards ${s * CARDS_PER_SHEET + 1} to ${s * CARDS_PER_SHEET + sheet.length} of ${cards.length}">${sheet.map(
              ({ module, inject }, i) => card(model, scenario, module, inject, s * CARDS_PER_SHEET + i + 1, cards.length),
            )}</ol>`,
        )}`;
  return printPage(model, scenario, 'cards', body);
}

function card(model: Model, scenario: Scenario, module: ScenarioModule, inject: ScenarioInject, n: number, of: number): Html {
  const to = inject.to.map((id) => participantName(model, scenario, id)).join(', ');
  return html`<li class="inject-card" id="card-${inject.id}">
${scenarioMarking(scenario)}
<h2 class="card-title">Inject ${n} of ${of} <span class="meta">· ${module.title}</span></h2>
<dl class="card-facts">
<dt>Time</dt><dd>${clockTime(inject.time)} into the exercise</dd>
${inject.scenarioTime === undefined ? '' : html`<dt>Scenario time</dt><dd>${inject.scenarioTime}</dd>`}
<dt>From</dt><dd>${participantName(model, scenario, inject.from)}</dd>
${to === '' ? '' : html`<dt>To</dt><dd>${to}</dd>`}
<dt>Medium</dt><dd>${mediumWords(inject.medium)}</dd>
</dl>
${
  inject.contingency === undefined
    ? ''
    : html`<p class="card-cue"><strong>Staff cue, contingency inject:</strong> Release only if not done: ${stepLink(model, inject.contingency.unless, module.focus?.map)}</p>`
}
<div class="card-content">${markdown(inject.content)}</div>
${scenarioMarking(scenario)}
</li>`;
}
