// The parts the three printed packs of a scenario share: the handout for participants, the
// facilitator's guide and the inject cards. Each is a normal page of the site whose print
// styles (site.css, "Scenario packs in print") lay it out on A4; the handling marking is printed
// in the top and bottom margin of every page, and on every card.
import { indexModel, type MapId, type Model, type PartyId, type Scenario, type StakeholderId } from '@opcc/core';
import type { ScenarioDrawings } from '../build/scenario-drawings.js';
import { illustrativeNote } from './common.js';
import { focusSlot } from './focus-slot.js';
import { html, trusted, type Html } from './html.js';
import { layout } from './layout.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';
import { clockTime, focusTitles, scenarioBreadcrumbs, scenarioFacts, scenarioMarking } from './scenario-common.js';
import type { ScenarioModule, ScenarioQuestion } from './scenario-types.js';

/** Which printed pack a page is. */
export type PrintPack = 'handout' | 'guide' | 'cards';

/** The name, kind of page and path of each pack. */
export const PRINT_PACKS: { readonly [P in PrintPack]: { readonly title: string; readonly path: (id: string) => string } } = {
  handout: { title: 'Participant handout', path: pagePath.scenarioHandout },
  guide: { title: 'Facilitator guide', path: pagePath.scenarioGuide },
  cards: { title: 'Inject cards', path: pagePath.scenarioCards },
};

/** The page of one pack: the marking at its top and foot on screen, and in the margins of every printed page. */
export function printPage(model: Model, scenario: Scenario, pack: PrintPack, body: Html): string {
  const { title } = PRINT_PACKS[pack];
  const main = html`${marginMarking(scenario.marking)}<div class="scenario-print scenario-${pack}">
${scenarioMarking(scenario)}
<p class="print-note">${printNote(pack)} <a href="${pagePath.scenario(scenario.id)}">Back to the scenario</a></p>
${body}
${scenarioMarking(scenario)}
</div>`;
  return layout(model, { title: `${title}: ${scenario.title}`, kind: `scenario-${pack}`, breadcrumbs: scenarioBreadcrumbs(model, scenario, title), main }).value;
}

function printNote(pack: PrintPack): string {
  switch (pack) {
    case 'handout':
      return 'For participants: print on A4 and hand out at the start. It holds no answers or facilitator notes.';
    case 'guide':
      return 'For the facilitator only: do not hand out. Print on A4.';
    case 'cards':
      return 'For the facilitator: print on A4, cut out the cards and hand each one over at its time.';
  }
}

// Page-margin boxes take their text from CSS alone, so the marking goes into a style block, every character but letters,
// digits and spaces written as a CSS escape: no model text can end the string or the block. The page's policy allows
// the block by its hash, as it does the drawings' own style blocks.
function marginMarking(marking: string): Html {
  const text = `"${[...marking].map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : `\\${(c.codePointAt(0) ?? 32).toString(16)} `)).join('')}"`;
  return trusted(`<style>@page scenario-print { @top-center { content: ${text}; } @bottom-center { content: ${text}; } }</style>`);
}

/** What the exercise is, for whom, how long it takes and when the story starts. */
export function aboutSection(scenario: Scenario): Html {
  return html`<section class="print-section"><h2>About this exercise</h2>
${scenario.illustrative === true ? illustrativeNote('This scenario is made up to show how the model works; it describes no real events.') : ''}
${markdown(scenario.summary)}${scenarioFacts(scenario)}</section>`;
}

/** The setting as participants first hear it. */
export function settingSection(scenario: Scenario): Html {
  return html`<section class="print-section"><h2>Setting</h2>${markdown(scenario.setting)}</section>`;
}

/** The roles, whom each stands for in the model, and each role's briefing. */
export function rolesSection(model: Model, scenario: Scenario): Html {
  if (scenario.roles.length === 0) return html``;
  const index = indexModel(model);
  return html`<section class="print-section"><h2>Roles</h2><dl class="print-roles">${scenario.roles.map((role) => {
    const who = role.party !== undefined ? index.findParty(role.party as PartyId)?.title : index.findStakeholder(role.stakeholder as StakeholderId)?.title;
    return html`<dt>${role.title}${who === undefined || who === role.title ? '' : html` <span class="meta">(${who})</span>`}</dt><dd>${role.briefing === undefined ? '' : markdown(role.briefing)}</dd>`;
  })}</dl></section>`;
}

/** The objectives; `observe` adds what the facilitator looks for to rate each one. */
export function objectivesSection(scenario: Scenario, observe: boolean): Html {
  if (scenario.objectives.length === 0) return html``;
  return html`<section class="print-section"><h2>Objectives</h2><ol class="print-objectives">${scenario.objectives.map(
    (o) =>
      html`<li id="objective-${o.id}">${markdown(o.text)}${observe && o.observe !== undefined ? html`<div class="observe"><h3 class="print-label">What to observe</h3>${markdown(o.observe)}</div>` : ''}</li>`,
  )}</ol></section>`;
}

/** A module's heading, with its planned start when `timed`. */
export function moduleHeading(scenario: Scenario, module: ScenarioModule, timed: boolean): Html {
  const i = scenario.modules.indexOf(module);
  return html`<h2 id="print-module-${module.id}">Module ${i + 1} of ${scenario.modules.length}: ${module.title}${
    timed ? html` <span class="meta">(planned start ${clockTime(module.start)})</span>` : ''
  }</h2>`;
}

/**
 * The module's focused map, drawn with its focus steps highlighted, and the steps named in words. The page holds each
 * map once; the site's script copies it into every module that focuses on it, marked for that module
 * (client/focus-marking.ts). On paper it cuts each copy into A4 pieces at a scale whose labels print at 8 pt or more
 * (client/print-pages.ts).
 */
export function focusMap(model: Model, scenario: Scenario, module: ScenarioModule, drawings: ScenarioDrawings): Html {
  const focus = module.focus;
  if (focus === undefined) return html``;
  const title = indexModel(model).findMap(focus.map as MapId)?.title ?? focus.map;
  return html`<div class="print-focus">
<p><strong>On the map:</strong> <a href="${pagePath.map(focus.map)}">${title}</a>. <strong>Focus steps</strong>, outlined and marked on the map: ${focusTitles(model, module).join('; ')}.<span class="print-focus-note"> Printed here: the parts of the map that hold them.</span></p>
${focusSlot(model, scenario, module, drawings, (m) => `print-module-${m.id}`)}
</div>`;
}

/** A question as put to the players: the prompt and, for a choice, the options to tick. */
export function questionPrompt(question: ScenarioQuestion): Html {
  return html`<div class="question-prompt">${markdown(question.prompt)}</div>
${question.kind === 'choice' && question.options.length > 0 ? html`<ul class="print-options">${question.options.map((o) => html`<li>${o.text}</li>`)}</ul>` : ''}`;
}

/** Ruled lines to write an answer on; a discussion question gets more room than a choice. */
export function writingSpace(question: ScenarioQuestion): Html {
  const lines = question.kind === 'choice' ? 3 : 6;
  return html`<div class="writing-space" aria-hidden="true">${Array.from({ length: lines }, () => html`<span></span>`)}</div>`;
}
