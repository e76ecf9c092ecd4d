import { guide } from '@opcc/guide';
import type { Scenario } from '@opcc/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawScenario, type ScenarioDrawings } from '../build/scenario-drawings.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';
import { inTimeOrder } from './scenario-common.js';
import { scenarioPage } from './scenario-page.js';
import { scenarioRunPage } from './scenario-run.js';
import { scenariosPage } from './scenarios-page.js';

const scenarios = guide.scenarios;
const drawings = new Map<string, ScenarioDrawings>();

// The words a reader sees: tags dropped, entities and spacing made plain, bidi isolation left out.
function visibleText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every facilitator-only text of a scenario (model answers, discussion points, what to observe, the debrief), a sentence at
 * a time: a page that shows part of an answer leaks it as surely as one that shows it whole. Sentences under three words
 * ("Yes.") could be on a page for other reasons, so they are left out.
 */
function facilitatorTexts(s: Scenario): string[] {
  const fromMarkdown = (text: string | undefined) => (text === undefined ? [] : [visibleText(markdown(text).value)]);
  const texts = [
    ...s.modules.flatMap((m) => m.questions.flatMap((q) => [...fromMarkdown(q.answer), ...q.points.map(visibleText)])),
    ...s.objectives.flatMap((o) => fromMarkdown(o.observe)),
    ...fromMarkdown(s.debrief),
  ];
  return texts.flatMap((text) => text.split(/(?<=[.!?:;])\s+/)).filter((sentence) => sentence.split(' ').length >= 3);
}

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
    const pages = { briefing: visibleText(scenarioPage(guide, s)), run: visibleText(scenarioRunPage(guide, s, drawings.get(s.id) ?? new Map())) };
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
    for (const page of [scenarioPage(guide, s), scenarioRunPage(guide, s, new Map()), scenariosPage({ ...guide, scenarios: [s] })]) {
      expect(page).not.toMatch(/ANSWER-MARK|POINT-MARK|OBSERVE-MARK/);
    }
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: the run page has every module in order, each map highlighting exactly its focus steps', (_id, s) => {
    const page = scenarioRunPage(guide, s, drawings.get(s.id) ?? new Map());
    expect([...page.matchAll(/<section class="run-module" id="module-([^"]+)"/g)].map((m) => m[1])).toEqual(s.modules.map((m) => m.id));
    for (const m of s.modules) {
      expect(shapesWithClass(page, m.id, 'focus-step').sort(), m.id).toEqual([...(m.focus?.steps ?? [])].sort());
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
  });

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
