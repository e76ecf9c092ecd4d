import { codeUsage, mapScenarios, type GlossaryCode, type MapId, type Model, type ScenarioId } from '@opcc/core';
import { html, type Html } from './html.js';
import { pagePath } from './paths.js';

/** What a use of a map or code in a scenario is, in words: one and many. */
const USE_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  focus: ['module focuses on it', 'modules focus on it'],
  'expected-action': ['inject expects action on it', 'injects expect action on it'],
  question: ['question', 'questions'],
  objective: ['objective', 'objectives'],
};

/**
 * The "Used in scenarios" list: each scenario once, in model order, linked to its briefing page,
 * with how it uses the map or code. Empty when no scenario uses it.
 */
function usedIn(model: Model, uses: ReadonlyArray<{ readonly scenario: ScenarioId; readonly in: string }>, heading: Html): Html {
  if (uses.length === 0) return html``;
  const titles = new Map(model.scenarios.map((s) => [s.id as string, s.title]));
  const byScenario = new Map<string, Map<string, number>>();
  for (const use of uses) {
    const counts = byScenario.get(use.scenario) ?? new Map<string, number>();
    counts.set(use.in, (counts.get(use.in) ?? 0) + 1);
    byScenario.set(use.scenario, counts);
  }
  return html`${heading}<ul class="used-in-scenarios">${[...byScenario].map(
    ([id, counts]) =>
      html`<li><a href="${pagePath.scenario(id)}">${titles.get(id) ?? id}</a> <span class="meta">(${[...counts]
        .map(([kind, n]) => `${n} ${USE_NAMES[kind]?.[n === 1 ? 0 : 1] ?? kind}`)
        .join(', ')})</span></li>`,
  )}</ul>`;
}

/** The section of a map page that lists the training scenarios using the map, from core's {@link mapScenarios}. */
export function mapUsedInScenarios(model: Model, map: MapId): Html {
  const list = usedIn(model, mapScenarios(model, map), html`<h2 id="opcc-used-in-scenarios">Used in scenarios</h2>`);
  return list.value === '' ? list : html`<section class="used-in-scenarios" aria-labelledby="opcc-used-in-scenarios">${list}</section>`;
}

/** The lines of a glossary entry that list the training scenarios naming its code, from core's {@link codeUsage}. */
export function codeUsedInScenarios(model: Model, code: GlossaryCode): Html {
  return usedIn(model, codeUsage(model, code).scenarios, html`<p class="used-in">Used in scenarios:</p>`);
}
