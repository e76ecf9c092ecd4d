import { guide } from '@opcc/guide';
import type { Scenario } from '@opcc/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawScenario, NO_SCENARIO_DRAWINGS, type ScenarioDrawings } from '../build/scenario-drawings.js';
import { facilitatorTexts, visibleText } from '../../../../tests/support/staff-texts.js';
import { pagePath } from './paths.js';
import { inTimeOrder } from './scenario-common.js';
import { scenarioPage } from './scenario-page.js';
import { scenarioRunPage } from './scenario-run.js';
import { scenariosPage } from './scenarios-page.js';

const scenarios = guide.scenarios;
const drawings = new Map<string, ScenarioDrawings>();

/** The markup of one module's section of a run page, up to the next module's. */
function moduleSection(page: string, module: string): string {
  const section = page.slice(page.indexOf(`<section class="run-module" id="module-${module}"`));
  return section.slice(0, section.indexOf('</section>\n<section class="run-module"') + 1 || undefined);
}

function shapesWithClass(page: string, module: string, className: string): string[] {
  return [...moduleSection(page, module).matchAll(/<g id="[^"]*" class="shape step ([^"]*)" data-step="([^"]*)"/g)].filter((m) => m[1]?.split(' ').includes(className)).map((m) => m[2] ?? '');
}

beforeAll(async () => {
  for (const s of scenarios) drawings.set(s.id, await drawScenario(guide, s));
}, 120_000);

describe('scenario pages', () => {
  it('the reference model has scenarios with facilitator material to keep out', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(5);
    for (const s of scenarios) expect(facilitatorTexts(s).length, s.id).toBeGreaterThan(0);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: neither the briefing nor the run page holds an answer, a discussion point or what to observe', (_id, s) => {
    const pages = { briefing: visibleText(scenarioPage(guide, s)), run: visibleText(scenarioRunPage(guide, s, drawings.get(s.id) ?? NO_SCENARIO_DRAWINGS)) };
    for (const [name, page] of Object.entries(pages)) {
      for (const secret of facilitatorTexts(s)) expect(page.includes(secret), `${name} holds: ${secret}`).toBe(false);
    }
  });

  it('keeps out facilitator text even when it repeats words of the scenario', () => {
    // given a scenario whose facilitator-only fields carry marked text
    const base = scenarios[0] as Scenario;
    const s: Scenario = {
      ...base,
      objectives: base.objectives.map((o) => ({ ...o, observe: 'OBSERVE-MARK' })),
      modules: base.modules.map((m) => ({ ...m, questions: m.questions.map((q) => ({ ...q, answer: 'ANSWER-MARK', points: ['POINT-MARK'] })) })),
    };
    // then no page shows them
    for (const page of [scenarioPage(guide, s), scenarioRunPage(guide, s, NO_SCENARIO_DRAWINGS), scenariosPage({ ...guide, scenarios: [s] })]) {
      expect(page).not.toMatch(/ANSWER-MARK|POINT-MARK|OBSERVE-MARK/);
    }
  });

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s: the run page has every module in order, draws each map once, highlighting exactly the focus steps of the module it is in, and gives every module its focus',
    (_id, s) => {
    const drawn = drawings.get(s.id) ?? NO_SCENARIO_DRAWINGS;
    const page = scenarioRunPage(guide, s, drawn);
    expect([...page.matchAll(/<section class="run-module" id="module-([^"]+)"/g)].map((m) => m[1])).toEqual(s.modules.map((m) => m.id));
    expect(page.match(/<svg [^>]*class="opcc-process-map/g)?.length).toBe(drawn.maps.size);
    for (const m of s.modules) {
      const first = s.modules.find((x) => x.focus !== undefined && x.focus.map === m.focus?.map);
      // The map is drawn in the first module on it; the others name the steps and say where the map is.
      expect(shapesWithClass(page, m.id, 'focus-step').sort(), m.id).toEqual(first === m ? [...(m.focus?.steps ?? [])].sort() : []);
      if (m.focus !== undefined && first !== m) expect(visibleText(moduleSection(page, m.id))).toContain(`under Module ${s.modules.indexOf(first!) + 1}: ${first?.title}`);
      // What the script marks the drawing with when the module is shown.
      const slot = new RegExp(`<div class="focus-slot" id="module-${m.id}-focus" data-focus-map="([^"]*)" data-focus-steps="([^"]*)" data-focus-flows="([^"]*)"`).exec(page);
      expect(slot?.slice(1), m.id).toEqual(m.focus === undefined ? undefined : [m.focus.map, m.focus.steps.join(' '), (drawn.flowsInFocus.get(m.id) ?? []).join(' ')]);
      for (const step of m.focus?.steps ?? []) expect(moduleSection(page, m.id)).toContain(`<li data-focus-step="${step}">`);
      const own = moduleSection(page, m.id);
      // Each option that branches links to its module from its own place in this module.
      for (const q of m.questions) {
        for (const o of q.options) {
          const item = own.slice(own.indexOf(`<li class="choice-option" data-option="${o.id}">`));
          const branch = /^[\s\S]*?<\/li>/.exec(item)?.[0] ?? '';
          expect(/data-branch="([^"]*)"/.exec(branch)?.[1], `${m.id} option ${o.id}`).toBe(o.next);
        }
      }
      // This module's injects, each once, in time order.
      expect([...own.matchAll(/<li class="run-inject"[^>]* data-inject="([^"]*)"/g)].map((i) => i[1]), m.id).toEqual(inTimeOrder(m.injects).map((i) => i.id));
    }
    expect(page).toContain(`Module 1 of ${s.modules.length}`);
    expect(page).toContain('data-page="scenario-run"');
    },
  );

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: the briefing shows the marking at top and foot, the story start apart from exercise time, and the roles', (_id, s) => {
    const page = scenarioPage(guide, s);
    const main = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
    const markings = [...main.matchAll(/<p class="scenario-marking">/g)].map((m) => m.index);
    expect(markings.length).toBe(2);
    expect(main.indexOf('<p class="scenario-marking">')).toBeLessThan(main.indexOf('<h2'));
    expect(markings.at(-1)).toBeGreaterThan(main.lastIndexOf('</section>'));
    if (s.scenarioStart !== undefined) expect(visibleText(page)).toContain(`The story starts: ${s.scenarioStart} (time in the story, not on the exercise clock)`);
    for (const r of s.roles) expect(visibleText(page)).toContain(visibleText(`<p>${r.title}</p>`));
    expect(page).not.toMatch(/run-inject/);
  });

  it('the index lists every scenario with its facts, maps and links to its pages, and the navigation leads to it', () => {
    const page = scenariosPage(guide);
    for (const s of scenarios) {
      expect(page).toContain(`href="${pagePath.scenario(s.id)}"`);
      expect(page).toContain(`href="${pagePath.scenarioRun(s.id)}"`);
      for (const m of s.modules) if (m.focus !== undefined) expect(page).toContain(`href="${pagePath.map(m.focus.map)}"`);
      expect(page).toContain(`${s.duration} minutes`);
    }
    expect(page).toContain(`<a href="${pagePath.scenarios()}">Scenarios</a>`);
  });
});
