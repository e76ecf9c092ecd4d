import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexModel, type MapId, type Scenario, type StepId } from '@opcc/core';
import { guide } from '@opcc/guide';
import { describe, expect, it } from 'vitest';
import type { ScenarioDrawings } from '../build/scenario-drawings.js';
import { pagePolicy } from './layout.js';
import { markdown } from './markdown.js';
import { scenarioCardsPage } from './scenario-cards.js';
import { scenarioGuidePage } from './scenario-guide.js';
import { scenarioHandoutPage } from './scenario-handout.js';
import { scenarioPacks } from './scenario-packs.js';

// The reference model's scenario files: every one is loaded and checked here.
const GUIDE_SCENARIOS = fileURLToPath(new URL('../../../guide/model/scenarios', import.meta.url));
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
/** The words of some markup, as a reader sees them: tags gone, references decoded, white space as single spaces. */
const words = (markup: string) =>
  markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:lt|gt|amp|quot|#39);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();
const markdownWords = (text: string) => words(markdown(text).value);

/** A stand-in drawing for each map the scenario focuses on, so that the pages can be checked without laying out maps. */
function fakeDrawings(scenario: Scenario): ScenarioDrawings {
  const maps = [...new Set(scenario.modules.flatMap((m) => (m.focus === undefined ? [] : [m.focus.map])))];
  return {
    maps: new Map(maps.map((id) => [id, { svg: `<svg viewBox="0 0 10 10" data-fake="${id}"></svg>`, width: 10, height: 10 }] as const)),
    flowsInFocus: new Map(),
  };
}

/** Everything in a scenario that only the facilitator may see, as text. */
function facilitatorText(scenario: Scenario): string[] {
  return [
    ...scenario.objectives.flatMap((o) => (o.observe === undefined ? [] : [markdownWords(o.observe)])),
    ...scenario.modules.flatMap((m) => m.questions.flatMap((q) => [...(q.answer === undefined ? [] : [markdownWords(q.answer)]), ...q.points.map((p) => words(p))])),
    ...scenario.modules.flatMap((m) => m.questions.flatMap((q) => q.options.flatMap((o) => (o.feedback === undefined ? [] : [markdownWords(o.feedback)])))),
  ];
}

describe('the printed packs of every reference scenario', () => {
  it('has every scenario of the reference model, each with answers, points and things to observe to check against', () => {
    const files = readdirSync(GUIDE_SCENARIOS).filter((name) => /^kind: scenario$/m.test(readFileSync(join(GUIDE_SCENARIOS, name), 'utf8')));
    expect(files.length).toBeGreaterThan(0);
    expect(guide.scenarios.length).toBe(files.length);
    for (const scenario of guide.scenarios) expect(facilitatorText(scenario).length, scenario.id).toBeGreaterThan(5);
  });

  for (const scenario of guide.scenarios) {
    describe(scenario.id, () => {
      const drawings = fakeDrawings(scenario);
      const handout = scenarioHandoutPage(guide, scenario, drawings);
      const guideText = words(scenarioGuidePage(guide, scenario, drawings));
      const handoutText = words(handout);

      it('puts no facilitator material in the handout: no answer, discussion point, choice feedback or what to observe', () => {
        const leaked = facilitatorText(scenario).filter((text) => handoutText.includes(text) || handoutText.includes(text.slice(0, 60)));
        expect(leaked).toEqual([]);
        expect(handout).not.toMatch(/Model answer|Points to draw out|What to observe|Master events|model-answer|discussion-points|class="observe"/);
        // The injects are released during the exercise, never handed out in advance.
        for (const inject of scenario.modules.flatMap((m) => m.injects)) expect(handoutText).not.toContain(markdownWords(inject.content));
      });

      it('says in the guide where each branching choice leads, in the words the run view uses', () => {
        const branches = scenario.modules.flatMap((m) => m.questions.flatMap((q) => q.options.flatMap((o) => (o.next === undefined ? [] : [o.next]))));
        for (const next of branches) {
          const title = scenario.modules.find((m) => m.id === next)?.title ?? next;
          expect(guideText).toContain(`This choice leads to: ${title}`);
        }
      });

      it('gives the handout the setting, every role briefing, every module narrative and question, with ruled space to write', () => {
        expect(handoutText).toContain(markdownWords(scenario.setting));
        for (const role of scenario.roles) expect(handoutText).toContain(role.briefing === undefined ? role.title : markdownWords(role.briefing));
        for (const module of scenario.modules) {
          if (module.narrative !== undefined) expect(handoutText).toContain(markdownWords(module.narrative));
          for (const q of module.questions) {
            expect(handoutText).toContain(markdownWords(q.prompt));
            for (const o of q.options) expect(handoutText).toContain(words(o.text));
          }
        }
        const questions = scenario.modules.flatMap((m) => m.questions).length;
        expect(handout.match(/<div class="writing-space" aria-hidden="true">(<span><\/span>){3,}<\/div>/g)?.length).toBe(questions);
        // Each map is in the page once; every focused module has a place for it, with its focus steps, where the page's
        // script puts a copy marked for the module.
        expect(handout.match(/data-fake="/g)?.length).toBe(drawings.maps.size);
        expect(handout.match(/<figure class="map-figure"/g)?.length).toBe(drawings.maps.size);
        const focused = scenario.modules.flatMap((m) => (m.focus === undefined ? [] : [m.focus]));
        expect([...handout.matchAll(/<div class="focus-slot" [^>]*data-focus-steps="([^"]*)"/g)].map((m) => m[1])).toEqual(focused.map((f) => f.steps.join(' ')));
      });

      it('gives the guide every model answer, discussion point, choice feedback and thing to observe, and every inject', () => {
        const missing = facilitatorText(scenario).filter((text) => !guideText.includes(text));
        expect(missing).toEqual([]);
        for (const module of scenario.modules) for (const inject of module.injects) expect(guideText).toContain(markdownWords(inject.content));
        expect(guideText).toContain('Master events list');
        expect(scenarioGuidePage(guide, scenario, drawings)).toContain('<table class="events-table"');
        for (const module of scenario.modules) expect(guideText).toMatch(new RegExp(`${module.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(planned start \\d+:\\d\\d\\)`));
        if (scenario.debrief !== undefined) expect(guideText).toContain(markdownWords(scenario.debrief));
      });

      it('makes one card per inject, in sheets of at most four, each card marked at its top and foot', () => {
        const cards = scenarioCardsPage(guide, scenario);
        const injects = scenario.modules.flatMap((m) => m.injects);
        const module = (injectId: string | undefined) => scenario.modules.find((m) => m.injects.some((i) => i.id === injectId));
        const found = [...cards.matchAll(/<li class="inject-card" id="card-([^"]+)">([\s\S]*?)(?=<li class="inject-card"|<\/ol>)/g)];
        expect(found.map((m) => m[1]).sort()).toEqual(injects.map((i) => i.id).sort());
        for (const [, id, body = ''] of found) {
          const inject = injects.find((i) => i.id === id);
          expect(words(body)).toContain(markdownWords(inject?.content ?? '?'));
          expect(body.match(/<p class="scenario-marking">/g)?.length, id).toBe(2);
          expect(words(body)).toContain(scenario.marking);
          // A contingency inject's card tells staff when to release it; no other card carries a cue.
          const unless = inject?.contingency?.unless;
          const step = unless === undefined ? undefined : indexModel(guide).findStep((unless.map ?? module(inject?.id)?.focus?.map ?? '') as MapId, unless.step as StepId);
          if (unless === undefined) expect(body, id).not.toContain('card-cue');
          else expect(words(body), id).toContain(`Staff cue, contingency inject: Release only if not done: ${step?.title ?? '(unknown step)'}`);
        }
        const sheets = [...cards.matchAll(/<ol class="card-sheet"[^>]*>([\s\S]*?)<\/ol>/g)].map((m) => (m[1] ?? '').match(/class="inject-card"/g)?.length ?? 0);
        expect(sheets.reduce((a, b) => a + b, 0)).toBe(injects.length);
        expect(sheets.every((n) => n >= 1 && n <= 4)).toBe(true);
        expect(sheets.length).toBe(Math.ceil(injects.length / 4));
      });

      it('prints the marking in the margins of every page of each pack, by a style block the page policy allows', () => {
        for (const [path, page] of scenarioPacks(guide, scenario, drawings)) {
          expect(page, path).toContain(`@page scenario-print { @top-center { content: "${scenario.marking}"; } @bottom-center { content: "${scenario.marking}"; } }`);
          const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(page)?.[1] ?? '';
          const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
          expect(policy).toBe(pagePolicy({ value: main } as never));
          expect(policy).toMatch(/style-src 'self' 'sha256-/);
        }
      });
    });
  }
});

describe('the marking of a pack', () => {
  it('cannot end the style block or the CSS string, whatever it holds', () => {
    const scenario = guide.scenarios[0];
    if (scenario === undefined) throw new Error('the reference model has scenarios');
    const hostile = { ...scenario, marking: 'OFFICIAL"; } </style><script>alert(1)</script> \\' };
    const page = scenarioCardsPage(guide, hostile);
    expect(page).not.toContain('<script>alert');
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    expect(style).toContain('content: "OFFICIAL\\22 \\3b  \\7d  \\3c \\2f style\\3e ');
    expect(style.match(/"/g)?.length).toBe(4);
    expect(style).not.toMatch(/[<>]/);
    expect(words(page)).toContain('OFFICIAL"; } </style><script>alert(1)</script> \\');
  });
});

describe('hostile text in a scenario', () => {
  it('is shown as text in every pack, never as markup or script', () => {
    const scenario = guide.scenarios[0];
    if (scenario === undefined) throw new Error('the reference model has scenarios');
    const bad = (text: string) => `${text} <img src=x onerror=alert(1)><script>alert(2)</script>[link](javascript:alert(3)) \u202e"'`;
    const hostile: Scenario = {
      ...scenario,
      title: bad(scenario.title),
      summary: bad(scenario.summary),
      audience: bad(scenario.audience),
      setting: bad(scenario.setting),
      marking: bad(scenario.marking),
      ...(scenario.scenarioStart === undefined ? {} : { scenarioStart: bad(scenario.scenarioStart) }),
      ...(scenario.debrief === undefined ? {} : { debrief: bad(scenario.debrief) }),
      objectives: scenario.objectives.map((o) => ({ ...o, text: bad(o.text), ...(o.observe === undefined ? {} : { observe: bad(o.observe) }) })),
      roles: scenario.roles.map((r) => ({ ...r, title: bad(r.title), ...(r.briefing === undefined ? {} : { briefing: bad(r.briefing) }) })),
      modules: scenario.modules.map((m) => ({
        ...m,
        title: bad(m.title),
        ...(m.narrative === undefined ? {} : { narrative: bad(m.narrative) }),
        injects: m.injects.map((i) => ({ ...i, content: bad(i.content), ...(i.scenarioTime === undefined ? {} : { scenarioTime: bad(i.scenarioTime) }) })),
        questions: m.questions.map((q) => ({
          ...q,
          prompt: bad(q.prompt),
          ...(q.answer === undefined ? {} : { answer: bad(q.answer) }),
          points: q.points.map(bad),
          options: q.options.map((o) => ({ ...o, text: bad(o.text), ...(o.feedback === undefined ? {} : { feedback: bad(o.feedback) }) })),
        })),
      })),
    };
    for (const [path, page] of scenarioPacks(guide, hostile, fakeDrawings(hostile))) {
      expect(page, path).not.toMatch(/<img|<script>|<[^>]*\sonerror=|href="javascript:/i);
      expect([...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).every((tag) => /^<script src="assets\/opcc\.js" defer>$/.test(tag)), path).toBe(true);
      // The text is there, as text.
      expect(page, path).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });
});

