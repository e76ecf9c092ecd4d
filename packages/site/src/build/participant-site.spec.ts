import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Model, Scenario } from '@opcc/core';
import { guide, guideModelDir } from '@opcc/guide';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenSiteLinks } from '../../../../tests/support/site-links.js';
import { staffTexts, visibleText } from '../../../../tests/support/staff-texts.js';
import { tempDirs } from '../../../../tests/support/temp-tree.js';
import { pagePath } from '../pages/paths.js';
import { inTimeOrder, SCENARIO_VIEWS } from '../pages/scenario-common.js';
import { buildSite, siteFiles } from './build-site.js';

const temp = tempDirs();
const scenarios = guide.scenarios;
const sites = { all: '', participants: '' };

/** Every file of a built site folder, by path. */
function read(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  );
}

// What words a file gives whoever opens it, reads its source or runs it: a page's visible text, and every file's text with
// entities and script string escapes undone (so that attributes, scripts and the search index count too).
function readable(path: string, content: string): string[] {
  const plain = content
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\[nrt]/g, ' ')
    .replace(/\\(["'\\/])/g, '$1');
  return [...(path.endsWith('.html') ? [visibleText(content)] : []), visibleText(plain.replace(/</g, '&lt;'))];
}

/** The files of a site whose words hold a text. */
function holding(files: ReadonlyMap<string, string[]>, text: string): string[] {
  return [...files].filter(([, texts]) => texts.some((t) => t.includes(text))).map(([path]) => path);
}

const texts = (files: ReadonlyMap<string, string>) => new Map([...files].map(([path, content]) => [path, readable(path, content)]));
let built: { all: Map<string, string>; participants: Map<string, string> };
let words: { all: Map<string, string[]>; participants: Map<string, string[]> };

beforeAll(async () => {
  for (const audience of ['all', 'participants'] as const) {
    sites[audience] = join(temp(`site-${audience}`), 'site');
    await buildSite(guide, { out: sites[audience], modelDir: guideModelDir, audience });
  }
  built = { all: read(sites.all), participants: read(sites.participants) };
  words = { all: texts(built.all), participants: texts(built.participants) };
}, 180_000);

describe('a site for participants', () => {
  it('holds the briefing, run view and handout of every scenario and none of its pages for staff; the full site holds all six', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(5);
    const staff = SCENARIO_VIEWS.filter((v) => v.staff).map((v) => v.title);
    expect(staff).toEqual(['Facilitator view (staff only)', 'Facilitator guide (to print)', 'Inject cards (to print)']);
    for (const s of scenarios) {
      for (const view of SCENARIO_VIEWS) {
        expect(built.all.has(view.href(s.id)), view.href(s.id)).toBe(true);
        expect(built.participants.has(view.href(s.id)), view.href(s.id)).toBe(!view.staff);
      }
    }
    // Nothing else is left out: the same pages and assets but the staff pages.
    const left = [...built.all.keys()].filter((path) => !built.participants.has(path));
    expect(left.sort()).toEqual(scenarios.flatMap((s) => SCENARIO_VIEWS.filter((v) => v.staff).map((v) => v.href(s.id))).sort());
    expect([...built.participants.keys()].filter((path) => !built.all.has(path))).toEqual([]);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s: no answer, discussion point, thing to observe, debrief or contingency inject is in any file; the full site has every one',
    (_id, s) => {
      const secrets = staffTexts(s);
      expect(secrets.length).toBeGreaterThan(0);
      for (const secret of secrets) {
        expect(holding(words.participants, secret), secret).toEqual([]);
        expect(holding(words.all, secret).length, secret).toBeGreaterThan(0);
      }
    },
  );

  it('has no link, in a page or in the search index, to a page or place it does not hold (nor has the full site)', () => {
    expect(brokenSiteLinks(sites.participants)).toEqual([]);
    expect(brokenSiteLinks(sites.all)).toEqual([]);
    for (const [path, content] of built.participants) expect(content, path).not.toMatch(/-(facilitator|guide|cards)\.html/);
  });

  it('says on the scenarios index that it is the participant edition, which the full site does not', () => {
    const note = 'Participant edition: facilitator material is not included.';
    expect(visibleText(built.participants.get(pagePath.scenarios()) ?? '')).toContain(note);
    expect(visibleText(built.all.get(pagePath.scenarios()) ?? '')).not.toContain('Participant edition');
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: the run view has every module, with the injects players receive and their release button', (_id, s) => {
    const page = built.participants.get(pagePath.scenarioRun(s.id)) ?? '';
    expect([...page.matchAll(/<section class="run-module" id="module-([^"]+)"/g)].map((m) => m[1])).toEqual(s.modules.map((m) => m.id));
    const released = s.modules.flatMap((m) => inTimeOrder(m.injects.filter((i) => i.contingency === undefined)).map((i) => i.id));
    expect([...page.matchAll(/<li class="run-inject"[^>]* data-inject="([^"]*)"/g)].map((m) => m[1])).toEqual(released);
    if (released.length > 0) expect(page).toContain('data-run-action="release"');
    expect(page).not.toContain('data-contingency');
    expect(page).not.toContain('release-contingency');
  });
});

/** A copy of a scenario whose every text for staff only is a marker, to look for in the raw bytes of every file. */
function marked(s: Scenario): Scenario {
  return {
    ...s,
    debrief: 'staffmark-debrief',
    objectives: s.objectives.map((o) => ({ ...o, observe: 'staffmark-observe' })),
    modules: s.modules.map((m) => ({
      ...m,
      injects: m.injects.map((i) => (i.contingency === undefined ? i : { ...i, content: 'staffmark-contingency' })),
      questions: m.questions.map((q) => ({ ...q, answer: 'staffmark-answer', points: ['staffmark-point'] })),
    })),
  };
}

describe('a site for participants, of a model whose staff texts are marked', () => {
  it('holds no marker in any file, in any form, where the full site holds every one', async () => {
    const model: Model = { ...guide, scenarios: scenarios.map(marked) };
    const all = [...(await siteFiles(model)).files.values()].join('\n');
    const participants = [...(await siteFiles(model, { audience: 'participants' })).files.entries()];
    for (const marker of ['debrief', 'observe', 'contingency', 'answer', 'point']) expect(all).toContain(`staffmark-${marker}`);
    expect(participants.filter(([, content]) => /staffmark/i.test(content)).map(([path]) => path)).toEqual([]);
  }, 120_000);
});
