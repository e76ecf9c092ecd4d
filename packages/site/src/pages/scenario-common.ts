import { indexModel, type MapId, type Model, type PartyId, type Scenario, type StakeholderId, type StepId } from '@opcc/core';
import { topBreadcrumbs } from './common.js';
import { html, type Html } from './html.js';
import type { Breadcrumb } from './layout.js';
import { pagePath } from './paths.js';
import type { ScenarioInject, ScenarioModule } from './scenario-types.js';

/** The handling marking, shown at the top and at the foot of every scenario page. */
export function scenarioMarking(scenario: Scenario): Html {
  return html`<p class="scenario-marking"><span class="visually-hidden">Handling marking: </span>${scenario.marking}</p>`;
}

/** Exercise time as hours and minutes from the start, e.g. 75 → "1:15". */
export function clockTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Who an id of a scenario stands for: one of its roles, else a stakeholder or party of the model, else the id itself. */
export function participantName(model: Model, scenario: Scenario, id: string): string {
  const role = scenario.roles.find((r) => r.id === id);
  if (role !== undefined) return role.title;
  const index = indexModel(model);
  return index.findStakeholder(id as StakeholderId)?.title ?? index.findParty(id as PartyId)?.title ?? id;
}

const MEDIUM_WORDS: Readonly<Record<ScenarioInject['medium'], string>> = {
  email: 'email',
  phone: 'phone',
  meeting: 'meeting',
  media: 'media',
  'social-media': 'social media',
  report: 'report',
  letter: 'letter',
  radio: 'radio',
  briefing: 'briefing',
  other: 'other',
};

/** How an inject's medium reads in a sentence, e.g. "social-media" → "social media". */
export function mediumWords(medium: ScenarioInject['medium']): string {
  return MEDIUM_WORDS[medium];
}

/** Injects (or anything with a planned time) in the order of their planned time; equal times keep their written order. */
export function inTimeOrder<T extends { readonly time: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.time - b.time);
}

/** The id of an objective's part of the facilitator page, which the events table and the guide link to. */
export function objectiveAnchor(objectiveId: string): string {
  return `objective-${objectiveId}`;
}

/** The number of each objective of a scenario, from 1 in the order the scenario lists them. */
export function objectiveNumbers(scenario: Scenario): ReadonlyMap<string, number> {
  return new Map(scenario.objectives.map((o, i) => [o.id, i + 1]));
}

/** The words that say where a choice of a branching question leads, the same on every page that shows them. */
export function choiceLeadsTo(moduleTitle: string): string {
  return `This choice leads to: ${moduleTitle}`;
}

/** The title of a step of a map, or its id when the map or step is unknown. */
export function stepTitle(model: Model, map: string, step: string): string {
  return indexModel(model).findStep(map as MapId, step as StepId)?.title ?? step;
}

/** The titles of a module's focus steps, in the order the module lists them. */
export function focusTitles(model: Model, module: ScenarioModule): string[] {
  const focus = module.focus;
  return focus === undefined ? [] : focus.steps.map((s) => stepTitle(model, focus.map, s));
}

/** The maps a scenario's modules focus on, each once, in the order first used. */
export function scenarioMaps(model: Model, scenario: Scenario): Array<{ id: string; title: string }> {
  const ids = [...new Set(scenario.modules.flatMap((m) => (m.focus === undefined ? [] : [m.focus.map as string])))];
  return ids.map((id) => ({ id, title: indexModel(model).findMap(id as MapId)?.title ?? id }));
}

/** Breadcrumbs of a scenario page: the value chain, the scenarios, then the scenario when the page is one of its views. */
export function scenarioBreadcrumbs(model: Model, scenario?: Scenario, view?: string): Breadcrumb[] {
  if (scenario === undefined) return topBreadcrumbs(model, { title: 'Scenarios' });
  const list = { title: 'Scenarios', href: pagePath.scenarios() };
  if (view === undefined) return topBreadcrumbs(model, list, { title: scenario.title });
  return topBreadcrumbs(model, list, { title: scenario.title, href: pagePath.scenario(scenario.id) }, { title: view });
}

/** A page of a scenario that the index links to. */
export interface ScenarioView {
  /** The link text, e.g. "Participant briefing". */
  readonly title: string;
  readonly href: (scenarioId: string) => string;
  /** True for a page for exercise staff only, which a site for participants leaves out (see SiteAudience). */
  readonly staff: boolean;
}

/** The views of each scenario that the site builds, in the order the index lists them; add a view here as its page is built. */
export const SCENARIO_VIEWS: readonly ScenarioView[] = [
  { title: 'Participant briefing', href: pagePath.scenario, staff: false },
  { title: 'Run the exercise', href: pagePath.scenarioRun, staff: false },
  { title: 'Facilitator view (staff only)', href: pagePath.scenarioFacilitator, staff: true },
  { title: 'Participant handout (to print)', href: pagePath.scenarioHandout, staff: false },
  { title: 'Facilitator guide (to print)', href: pagePath.scenarioGuide, staff: true },
  // The cards hold every inject before its time, and each contingency inject's cue.
  { title: 'Inject cards (to print)', href: pagePath.scenarioCards, staff: true },
];

/** The facts of a scenario at a glance: audience, format, duration and, kept apart from exercise time, when the story starts. */
export function scenarioFacts(scenario: Scenario): Html {
  return html`<dl class="facts scenario-facts">
<dt>Audience</dt><dd>${scenario.audience}</dd>
<dt>Format</dt><dd>${scenario.format.replace('-', ' ')}</dd>
<dt>Planned duration</dt><dd>${scenario.duration} minutes (exercise time ${clockTime(0)} to ${clockTime(scenario.duration)})</dd>
${scenario.scenarioStart === undefined ? '' : html`<dt>Scenario start (time in the story)</dt><dd>${scenario.scenarioStart}</dd>`}
${scenario.version === undefined ? '' : html`<dt>Version</dt><dd>${scenario.version}</dd>`}
</dl>`;
}
