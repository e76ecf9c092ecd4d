// The run view of a scenario, module by module. Every module is in the page, in order, so that without script it reads
// top to bottom; the client script (client/scenario-run.ts) then shows one module at a time. The page holds no
// facilitator material: the facilitator view passes its own through `extras`.
//
// Markup the client relies on (keep in step with client/scenario-run.ts):
// - `[data-run]` on the view's root; `data-duration` (planned minutes), `data-modules` (how many), `data-scenario` and
//   `data-version` (with the body's `data-site`, the key the run is kept under in browser storage), and `data-staff` in
//   the facilitator's view (every inject shown, marked released or not). The script sets `data-elapsed` (seconds on
//   the clock), `data-clock` ("not-started", "running" or "paused"), `data-settled` (the page's scroll position is
//   final) and the class `is-running`.
// - `.run-controls[hidden]`: shown by the script. Inside: buttons `[data-run-action="previous"|"next"]`, the progress
//   `[data-run-progress]`, the clock `[data-clock-elapsed]`, `[data-clock-planned]`, `[data-clock-status]`, buttons `[data-clock-action="toggle"|"reset"]`,
//   `button[data-run-action="reset-run"]` and the checkbox `input[data-run-shortcuts]` (single-key shortcuts on or off).
// - `section.run-module` per module, id `module-<id>`, with `data-module` (id), `data-start` and `data-end` (planned
//   minutes; core's plannedEnd), `data-index`
//   (0-based), and `data-next` (the module the route goes on to when no choice decides it; absent where the module ends
//   the exercise or its choice decides). The URL hash `#module-<id>` names the module shown.
// - In a module, `li.run-inject` per inject in planned order (`data-inject`, and `data-contingency` on a contingency
//   inject), `button[data-run-action="release"][hidden]` for the next planned inject, and per contingency inject a
//   `button[data-run-action="release-contingency"][data-inject][hidden]`; the status is in `[data-inject-status]`.
//   Released injects get `data-released`.
// - `.run-contents details[open]`: the list of modules, open for reading without script; the script closes it, so that
//   the run can still jump to any module (a branch not taken, say) without the list taking the screen.
// - `a[data-branch]` (value: a module id) follows a choice's branch; links to `#module-<id>` are followed too.
// - `[data-focus-step]` items list the focus steps; in the drawing, focus shapes carry the class `focus-step`. Each map is
//   drawn once, in the `.focus-slot` of the first module on it; the script moves it to the module shown and marks that
//   module's focus (client/focus-marking.ts, pages/focus-slot.ts).
import { defaultSuccessor, indexModel, moduleSuccessors, plannedEnd, type MapId, type Model, type Scenario } from '@opcc/core';
import type { ScenarioDrawings } from '../build/scenario-drawings.js';
import { focusSlot } from './focus-slot.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';
import { clockTime, focusTitles, inTimeOrder, mediumWords, participantName, scenarioBreadcrumbs, scenarioMarking, stepTitle } from './scenario-common.js';
import type { ScenarioInject, ScenarioModule, ScenarioQuestion } from './scenario-types.js';

/** What another view of a run (the facilitator's) adds to the participants' run view. */
export interface RunExtras {
  /** Added at the end of each module, after its questions. */
  readonly module?: (module: ScenarioModule) => Html;
  /** Added after each question's prompt and options. */
  readonly question?: (question: ScenarioQuestion, module: ScenarioModule) => Html;
  /** Added beside the modules (e.g. notes that stay in view). */
  readonly aside?: Html;
  /** A view for exercise staff: every inject shows from the start, marked released or not yet released. */
  readonly staff?: boolean;
}

/**
 * The run view of a scenario: controls, the list of modules and every module with its narrative, injects, focused map
 * and questions. Holds no answers, discussion points or observation notes unless `extras` adds them.
 */
export function runView(model: Model, scenario: Scenario, drawings: ScenarioDrawings, extras: RunExtras = {}): Html {
  const count = scenario.modules.length;
  const successors = moduleSuccessors(scenario);
  return html`<div class="scenario-run" data-run data-duration="${scenario.duration}" data-modules="${count}" data-scenario="${scenario.id}"
 data-version="${scenario.version ?? ''}"${extras.staff === true ? html` data-staff` : ''}>
${scenarioMarking(scenario)}
<div class="run-controls" hidden>
<div class="run-nav" role="group" aria-label="Modules">
<button type="button" data-run-action="previous" aria-keyshortcuts="p">Previous module</button>
<p class="run-progress" data-run-progress aria-live="polite">Module 1 of ${count}</p>
<button type="button" data-run-action="next" aria-keyshortcuts="n">Next module</button>
</div>
<div class="run-clock" role="group" aria-label="Exercise clock">
<p>Elapsed <span class="clock-time" data-clock-elapsed>0:00:00</span> of ${clockTime(scenario.duration)} planned · this module planned to start at <span class="clock-time" data-clock-planned>0:00</span> · <span data-clock-status>clock not started</span></p>
<button type="button" data-clock-action="toggle" aria-pressed="false">Start clock</button>
<button type="button" data-clock-action="reset">Reset clock</button>
</div>
<p class="run-keys"><input type="checkbox" id="run-shortcuts" data-run-shortcuts checked>
<label for="run-shortcuts">Single-key shortcuts</label>: <kbd>n</kbd> next module,
<kbd>p</kbd> previous module, <kbd>r</kbd> release the next inject.</p>
<p class="run-reset">The run (modules, choices, injects, clock) is kept in this browser and followed by its other views in this browser.
<button type="button" data-run-action="reset-run">Reset run</button></p>
</div>
<nav class="run-contents" aria-label="Modules of this scenario">
<details open><summary>All modules</summary>
<ol>${scenario.modules.map((m) => html`<li><a href="#module-${m.id}">${m.title}</a> <span class="run-contents-time">(planned start ${clockTime(m.start)})</span></li>`)}</ol>
</details>
</nav>
<div class="run-body${extras.aside === undefined ? '' : ' has-aside'}">
<div class="run-modules">
${scenario.modules.map((m, i) => moduleSection(model, scenario, m, i, successors.get(m.id) ?? [], drawings, extras))}
</div>
${extras.aside ?? ''}
</div>
${scenarioMarking(scenario)}
</div>`;
}

/** The participants' run page of a scenario. */
export function scenarioRunPage(model: Model, scenario: Scenario, drawings: ScenarioDrawings): string {
  const main = html`<p class="scenario-links"><a href="${pagePath.scenario(scenario.id)}">Participant briefing</a></p>
${runView(model, scenario, drawings)}`;
  return layout(model, { title: `Run: ${scenario.title}`, kind: 'scenario-run', breadcrumbs: scenarioBreadcrumbs(model, scenario, 'Run'), main }).value;
}

function moduleSection(
  model: Model,
  scenario: Scenario,
  module: ScenarioModule,
  i: number,
  next: readonly string[],
  drawings: ScenarioDrawings,
  extras: RunExtras,
): Html {
  const count = scenario.modules.length;
  const injects = inTimeOrder(module.injects);
  const following = defaultSuccessor(scenario, module.id);
  return html`<section class="run-module" id="module-${module.id}" data-module="${module.id}" data-start="${module.start}" data-end="${plannedEnd(
    scenario,
    module.id,
  )}" data-index="${i}"${
    following === undefined ? '' : html` data-next="${following}"`
  } aria-labelledby="module-${module.id}-heading">
<h2 id="module-${module.id}-heading"><span class="run-module-number">Module ${i + 1} of ${count}:</span> ${module.title}</h2>
<p class="run-module-time">Planned start: ${clockTime(module.start)} into the exercise</p>
${module.narrative === undefined ? '' : html`<div class="run-narrative">${markdown(module.narrative)}</div>`}
${focusBlock(model, scenario, module, drawings)}
${injects.length === 0 ? '' : injectsBlock(model, scenario, module, injects)}
${module.questions.length === 0 ? '' : questionsBlock(scenario, module, extras)}
${extras.module?.(module) ?? ''}
${routeBlock(scenario, module, next)}
</section>
`;
}

function focusBlock(model: Model, scenario: Scenario, module: ScenarioModule, drawings: ScenarioDrawings): Html {
  const focus = module.focus;
  if (focus === undefined) return html``;
  const map = indexModel(model).findMap(focus.map as MapId);
  const title = map?.title ?? focus.map;
  return html`<div class="run-focus">
<h3>On the map: ${title}</h3>
<p>Focus steps, outlined and marked with a diamond on the map; the rest is dimmed:</p>
<ul class="focus-steps">${focus.steps.map((s, k) => html`<li data-focus-step="${s}">${focusTitles(model, module)[k] ?? s}</li>`)}</ul>
${focusSlot(model, scenario, module, drawings, (m) => `module-${m.id}`)}
<p><a href="${pagePath.map(focus.map)}">Open the full process map: ${title}</a></p>
</div>`;
}

function injectsBlock(model: Model, scenario: Scenario, module: ScenarioModule, injects: readonly ScenarioInject[]): Html {
  const releaseNext = html`<button type="button" data-run-action="release" aria-keyshortcuts="r" hidden>Release next inject</button>`;
  return html`<section class="run-injects" aria-labelledby="module-${module.id}-injects">
<h3 id="module-${module.id}-injects">Injects</h3>
<ol class="inject-list">${injects.map((inject) => injectItem(model, scenario, module, inject))}</ol>
${injects.some((inject) => inject.contingency === undefined) ? releaseNext : ''}
${injects.map((inject) => {
  const unless = inject.contingency?.unless;
  if (unless === undefined) return '';
  const map = unless.map ?? module.focus?.map;
  const step = map === undefined ? unless.step : stepTitle(model, map, unless.step);
  return html`<button type="button" data-run-action="release-contingency"
 data-inject="${inject.id}" hidden>Release contingency inject — only if not done: ${step}</button>`;
})}
<p class="inject-status" data-inject-status role="status"></p>
</section>`;
}

/** One inject as the players receive it: when, from whom, to whom, how, and what it says. */
export function injectItem(model: Model, scenario: Scenario, module: ScenarioModule, inject: ScenarioInject): Html {
  const to = inject.to.map((id) => participantName(model, scenario, id)).join(', ');
  return html`<li class="run-inject" id="module-${module.id}-inject-${inject.id}" data-inject="${inject.id}" data-time="${inject.time}"${
    inject.contingency === undefined ? '' : html` data-contingency`
  }>
<p class="inject-meta"><span class="inject-time">Exercise time ${clockTime(inject.time)}</span>${
    inject.scenarioTime === undefined ? '' : html` · <span class="inject-scenario-time">Scenario time: ${inject.scenarioTime}</span>`
  } · ${mediumWords(inject.medium)} from ${participantName(model, scenario, inject.from)}${to === '' ? '' : html` to ${to}`}${
    inject.contingency === undefined ? '' : html` · <span class="inject-contingency">contingency inject</span>`
  }</p>
<div class="inject-content">${markdown(inject.content)}</div>
</li>`;
}

function questionsBlock(scenario: Scenario, module: ScenarioModule, extras: RunExtras): Html {
  return html`<section class="run-questions" aria-labelledby="module-${module.id}-questions">
<h3 id="module-${module.id}-questions">Questions</h3>
${module.questions.map((q) => question(scenario, module, q, extras))}
</section>`;
}

function question(scenario: Scenario, module: ScenarioModule, q: ScenarioQuestion, extras: RunExtras): Html {
  return html`<div class="run-question" data-question="${q.id}">
<div class="question-prompt">${markdown(q.prompt)}</div>
${q.kind === 'choice' && q.options.length > 0 ? html`<ul class="choice-options">${q.options.map((o) => option(scenario, module, q, o))}</ul>` : ''}
${extras.question?.(q, module) ?? ''}
</div>`;
}

// A disclosure per option: the feedback comes only once the group has chosen, and works without script.
function option(scenario: Scenario, module: ScenarioModule, q: ScenarioQuestion, o: ScenarioQuestion['options'][number]): Html {
  const target = o.next === undefined ? undefined : scenario.modules.find((m) => m.id === o.next);
  return html`<li class="choice-option" data-option="${o.id}"><details>
<summary>${o.text}</summary>
<div class="option-feedback">${o.feedback === undefined ? html`<p>No feedback for this choice.</p>` : markdown(o.feedback)}
${target === undefined ? '' : html`<p class="option-branch"><a href="#module-${target.id}" data-branch="${target.id}">This choice leads to: ${target.title}</a></p>`}</div>
</details></li>`;
}

// Where the exercise goes after this module, as planned: the route the checker follows (moduleSuccessors).
function routeBlock(scenario: Scenario, module: ScenarioModule, next: readonly string[]): Html {
  const titled = next.flatMap((id) => {
    const m = scenario.modules.find((x) => x.id === id);
    return m === undefined ? [] : [m];
  });
  if (titled.length === 0) return html`<p class="run-route">End of the exercise.</p>`;
  const first = titled[0];
  const branching = titled.length > 1 || (first !== undefined && first.id !== scenario.modules[scenario.modules.indexOf(module) + 1]?.id);
  return html`<p class="run-route">${branching ? 'After this module, as chosen:' : 'After this module:'} ${titled.map(
    (m, k) => html`${k === 0 ? '' : ' or '}<a href="#module-${m.id}">${m.title}</a>`,
  )}</p>`;
}
