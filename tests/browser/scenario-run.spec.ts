import { guide } from '@opcc/guide';
import type { Model, Scenario } from '@opcc/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, HOSTILE_MARKDOWN } from '../fixtures/hostile-model.js';
import { buildFixtureSite } from './build-fixture-site.js';
import { launchChromium } from './chromium.js';
import { axeViolations } from './page-checks.js';

// The scenario pages of the reference site, opened from file:// in real Chromium, plus one scenario whose every text
// field holds markup, script and script links.

const HOSTILE_ID = 'hostile-scenario';
const reference = guide.scenarios;

/** A copy of a scenario with hostile text before every text it holds; ids, times and kinds stay as they are. */
function hostileScenario(s: Scenario): Scenario {
  const md = (text: string | undefined) => `${HOSTILE_MARKDOWN}\n\n${text ?? ''}`;
  const plain = (text: string | undefined) => `${HOSTILE} ${text ?? ''}`;
  return {
    ...s,
    id: HOSTILE_ID as Scenario['id'],
    title: plain(s.title),
    summary: md(s.summary),
    audience: plain(s.audience),
    marking: plain(s.marking),
    version: plain(s.version),
    setting: md(s.setting),
    scenarioStart: plain(s.scenarioStart),
    debrief: md(s.debrief),
    objectives: s.objectives.map((o) => ({ ...o, text: md(o.text), observe: md(o.observe) })),
    roles: s.roles.map((r) => ({ ...r, title: plain(r.title), briefing: md(r.briefing) })),
    modules: s.modules.map((m) => ({
      ...m,
      title: plain(m.title),
      narrative: md(m.narrative),
      injects: m.injects.map((i) => ({ ...i, scenarioTime: plain(i.scenarioTime), content: md(i.content) })),
      questions: m.questions.map((q) => ({
        ...q,
        prompt: md(q.prompt),
        answer: md(q.answer),
        points: [plain(q.points[0])],
        options: q.options.map((o) => ({ ...o, text: plain(o.text), feedback: md(o.feedback) })),
      })),
    })),
  };
}

const model: Model = {
  ...guide,
  scenarios: [
    ...reference,
    hostileScenario(reference.find((s) => s.modules.some((m) => m.questions.some((q) => q.options.some((o) => o.next !== undefined))))!),
  ],
};

let browser: Browser;
let context: BrowserContext;
let site: Awaited<ReturnType<typeof buildFixtureSite>>;
const problems: string[] = [];

beforeAll(async () => {
  site = await buildFixtureSite(model, 'scenario-run');
  browser = await launchChromium();
  context = await browser.newContext();
  context.on('request', (request) => {
    if (!request.url().startsWith('file://')) problems.push(`network request: ${request.url()}`);
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/**
 * Opens a page of the site. The run is kept in browser storage, shared by every page of a context, so each page opens
 * on a run not begun unless `keep` is set; `before` runs before the page loads (to install a clock, say).
 */
async function open(
  file: string,
  hash = '',
  on: BrowserContext = context,
  { keep = false, before }: { keep?: boolean; before?: (page: Page) => Promise<void> } = {},
): Promise<Page> {
  const page = await on.newPage();
  if (!keep) {
    await page.goto(site.url('scenarios.html'));
    await page.evaluate(() => localStorage.clear());
  }
  await before?.(page);
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error on ${file}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error on ${file}: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog on ${file}`);
    void d.dismiss();
  });
  await page.goto(site.url(file) + hash);
  await page.waitForSelector('.run-controls:not([hidden]), body:not([data-page="scenario-run"])');
  return page;
}

/** The module the run shows, and the steps highlighted and dimmed on its map. */
async function shown(page: Page): Promise<{ id: string | undefined; visible: number; focus: string[]; dimmed: number; shapes: number; progress: string }> {
  return page.evaluate(() => {
    const visible = [...document.querySelectorAll<HTMLElement>('section.run-module')].filter((m) => !m.hidden && m.offsetParent !== null);
    const module = visible[0];
    const shapes = [...(module?.querySelectorAll<SVGGElement>('svg [data-step]') ?? [])];
    return {
      id: module?.dataset['module'],
      visible: visible.length,
      focus: shapes
        .filter((s) => s.classList.contains('focus-step') && /focus step$/.test(s.getAttribute('aria-label') ?? ''))
        .map((s) => s.dataset['step'] ?? ''),
      // Dimmed by a group opacity, or by paler fills and strokes of the shape's parts (its label kept legible).
      dimmed: shapes.filter((s) => {
        const paler = (e: Element) => ['opacity', 'fill-opacity', 'stroke-opacity'].some((p) => getComputedStyle(e).getPropertyValue(p) !== '1');
        return s.classList.contains('dimmed') && (paler(s) || [...s.querySelectorAll(':not(text)')].some(paler));
      }).length,
      shapes: shapes.length,
      progress: document.querySelector('[data-run-progress]')?.textContent ?? '',
    };
  });
}

/** Where "next" goes from a module when no choice is made: nowhere after an end or a choice that decides, else on. */
function defaultNext(s: Scenario, i: number): string | undefined {
  const m = s.modules[i]!;
  const decides = m.questions.some((q) => q.kind === 'choice' && q.options.length > 0 && q.options.every((o) => o.next !== undefined));
  return m.end === true || decides ? undefined : (m.next ?? s.modules[i + 1]?.id);
}

/** The options of a module that lead to another module. */
function branchesOf(m: Scenario['modules'][number]) {
  return m.questions.flatMap((q) => q.options.flatMap((o) => (o.next === undefined ? [] : [{ q, o, next: o.next }])));
}

/** Opens an option's feedback by keyboard, as a group's choice is shown: focus on its summary, then Enter. */
async function choose(page: Page, module: string, question: string, option: string): Promise<void> {
  await page.locator(`section#module-${module} [data-question="${question}"] [data-option="${option}"] summary`).focus();
  await page.keyboard.press('Enter');
  expect(await page.locator(`section#module-${module} [data-option="${option}"] details`).getAttribute('open')).not.toBeNull();
}

/** How far the page is scrolled, and where the run's controls are, once the run has set its final position. */
async function scrolled(page: Page): Promise<{ y: number; controlsTop: number }> {
  await page.waitForSelector('[data-run][data-settled]', { state: 'attached' });
  return page.evaluate(() => ({ y: scrollY, controlsTop: document.querySelector('.run-controls')?.getBoundingClientRect().top ?? NaN }));
}

describe('the run view of each reference scenario', () => {
  it.each(reference.map((s) => [s.id, s] as const))(
    '%s: opens at the top, and steps through every module by keyboard along the route, highlighting exactly its focus steps',
    async (_id, s) => {
      const page = await open(`scenario-${s.id}-run.html`);
      expect(await scrolled(page)).toMatchObject({ y: 0 });
      expect(new URL(page.url()).hash).toBe('');
      const expectShown = async (id: string) => {
        const i = s.modules.findIndex((m) => m.id === id);
        const m = s.modules[i]!;
        const now = await shown(page);
        expect(now.id).toBe(m.id);
        expect(now.visible).toBe(1);
        expect(now.progress.startsWith(`Module ${i + 1} of ${s.modules.length}`), now.progress).toBe(true);
        expect(now.focus.sort(), m.id).toEqual([...(m.focus?.steps ?? [])].sort());
        expect(now.dimmed, m.id).toBe(now.shapes - now.focus.length);
      };
      // Along the route: on by "n", and where a choice decides, the first option that leads on is chosen first.
      const route: string[] = [];
      for (let id: string | undefined = s.modules[0]!.id; id !== undefined;) {
        await expectShown(id);
        if (route.length > 0) expect(new URL(page.url()).hash).toBe(`#module-${id}`);
        route.push(id);
        const i = s.modules.findIndex((m) => m.id === id);
        const m = s.modules[i]!;
        let to = defaultNext(s, i);
        const branch = branchesOf(m)[0];
        if (to === undefined && branch !== undefined) {
          expect(await page.locator('[data-run-action="next"]').isDisabled(), `${m.id}: no way on before a choice`).toBe(true);
          await choose(page, m.id, branch.q.id, branch.o.id);
          to = branch.next;
        }
        await page.keyboard.press('n');
        if (to === undefined) {
          // The end: "next" stays put and says so.
          expect((await shown(page)).id).toBe(m.id);
          expect((await shown(page)).progress).toContain('End of the exercise');
          expect(await page.locator('[data-run-action="next"]').isDisabled()).toBe(true);
        }
        expect(route.length).toBeLessThanOrEqual(s.modules.length);
        id = to;
      }
      // "p" goes back along the route taken, to its start, and no further.
      for (const id of route.slice(0, -1).reverse()) {
        await page.keyboard.press('p');
        expect((await shown(page)).id).toBe(id);
      }
      expect(await page.locator('[data-run-action="previous"]').isDisabled()).toBe(true);
      // The modules off that route are opened from the contents by keyboard; "p" then returns to where the run was.
      for (const m of s.modules.filter((x) => !route.includes(x.id))) {
        const before = (await shown(page)).id;
        await page.locator('.run-contents summary').focus();
        await page.keyboard.press('Enter');
        await page.locator(`.run-contents a[href="#module-${m.id}"]`).focus();
        await page.keyboard.press('Enter');
        await expectShown(m.id);
        expect(new URL(page.url()).hash).toBe(`#module-${m.id}`);
        expect(await page.locator('.run-contents details').getAttribute('open'), 'the list closes once followed').toBeNull();
        await page.keyboard.press('p');
        expect((await shown(page)).id).toBe(before);
      }
      await page.close();
    },
  );

  it('after a choice, "next" follows the branch chosen, and "previous" comes back to the choice', async () => {
    const found = reference.flatMap((s) => s.modules.flatMap((m) => branchesOf(m).map((b) => ({ s, m, ...b }))));
    expect(found.length).toBeGreaterThan(0);
    for (const { s, m, q, o, next } of found) {
      const page = await open(`scenario-${s.id}-run.html`, `#module-${m.id}`);
      await choose(page, m.id, q.id, o.id);
      await page.keyboard.press('n');
      expect((await shown(page)).id, `${s.id}: ${m.id} → ${o.id} → ${next}`).toBe(next);
      await page.keyboard.press('p');
      expect((await shown(page)).id, `${s.id}: back from ${next}`).toBe(m.id);
      // Another option opened and closed again takes the choice back to this one, still open.
      const other = branchesOf(m).find((b) => b.next !== next);
      if (other !== undefined) {
        await choose(page, m.id, other.q.id, other.o.id);
        await page.keyboard.press('Enter');
        await page.keyboard.press('n');
        expect((await shown(page)).id, `${s.id}: ${m.id} → ${o.id}, ${other.o.id} opened and closed`).toBe(next);
      }
      await page.close();
    }
  });

  it('opens the facilitator view at the top too, its staff-only notice and marking in view', async () => {
    for (const s of reference) {
      const page = await open(`scenario-${s.id}-facilitator.html`);
      await page.waitForSelector('.run-controls:not([hidden])');
      expect(await scrolled(page), s.id).toMatchObject({ y: 0 });
      expect(new URL(page.url()).hash).toBe('');
      expect(await page.locator('.staff-only').evaluate((e) => e.getBoundingClientRect().top), s.id).toBeGreaterThanOrEqual(0);
      await page.close();
    }
  });

  it('keeps the keys for typing: "n" in a text field moves nowhere', async () => {
    const s = reference[0]!;
    const page = await open(`scenario-${s.id}-run.html`);
    await page.locator('#opcc-q').focus();
    await page.keyboard.type('n p');
    expect((await shown(page)).id).toBe(s.modules[0]?.id);
    expect(await page.locator('#opcc-q').inputValue()).toBe('n p');
    await page.close();
  });

  it('follows a choice to the module it leads to', async () => {
    const found = reference.flatMap((s) =>
      s.modules.flatMap((m) => m.questions.flatMap((q) => q.options.flatMap((o) => (o.next === undefined ? [] : [{ s, m, q, o, next: o.next }])))),
    );
    expect(found.length).toBeGreaterThan(0);
    for (const { s, m, q, o, next } of found) {
      const page = await open(`scenario-${s.id}-run.html`, `#module-${m.id}`);
      const option = page.locator(`section#module-${m.id} [data-question="${q.id}"] [data-option="${o.id}"]`);
      await option.locator('summary').click();
      const branch = option.locator(`a[data-branch="${next}"]`);
      await branch.focus();
      await page.keyboard.press('Enter');
      expect((await shown(page)).id, `${s.id}: ${m.id} → ${next}`).toBe(next);
      expect(new URL(page.url()).hash).toBe(`#module-${next}`);
      expect(await page.evaluate(() => document.activeElement?.closest('section.run-module')?.id)).toBe(`module-${next}`);
      await page.close();
    }
  });

  it('opens the module a deep link names, without scrolling the page past the run controls', async () => {
    for (const s of reference) {
      const last = s.modules.at(-1)!;
      const page = await open(`scenario-${s.id}-run.html`, `#module-${last.id}`);
      const now = await shown(page);
      expect(now.id).toBe(last.id);
      expect(now.progress).toBe(`Module ${s.modules.length} of ${s.modules.length} · End of the exercise`);
      // The module may be brought into view, but the page is not scrolled past the run's controls.
      const { y, controlsTop } = await scrolled(page);
      expect(controlsTop, s.id).toBeGreaterThanOrEqual(-1);
      expect(y, s.id).toBeGreaterThan(0);
      await page.close();
    }
  });

  it('releases injects one at a time, and released ones stay in view', async () => {
    const planned = (m: Scenario['modules'][number]) => m.injects.filter((i) => i.contingency === undefined);
    const s = reference.find((x) => x.modules.some((m) => planned(m).length >= 1 && m.injects.length >= 2))!;
    const m = s.modules.find((x) => planned(x).length >= 1 && x.injects.length >= 2)!;
    const page = await open(`scenario-${s.id}-run.html`, `#module-${m.id}`);
    const injects = page.locator(`section#module-${m.id} li.run-inject`);
    const visible = () => injects.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(await visible()).toBe(0);
    for (let n = 1; n <= planned(m).length; n++) {
      await page.locator(`section#module-${m.id} [data-run-action="release"]`).click();
      expect(await visible()).toBe(n);
    }
    // Reloaded: what was released is still there.
    await page.reload();
    await page.waitForSelector('.run-controls:not([hidden])');
    expect(await visible()).toBe(planned(m).length);
    await page.close();
  });

  it('skips contingency injects in "Release next inject", and releases each only by its own button', async () => {
    const s = reference.find((x) => x.modules.some((m) => m.injects.some((i) => i.contingency !== undefined)))!;
    const m = s.modules.find((x) => x.injects.some((i) => i.contingency !== undefined))!;
    const page = await open(`scenario-${s.id}-run.html`, `#module-${m.id}`);
    const released = () =>
      page
        .locator(`section#module-${m.id} li.run-inject`)
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).dataset['inject']));
    const next = page.locator(`section#module-${m.id} [data-run-action="release"]`);
    const planned = [...m.injects].sort((a, b) => a.time - b.time).filter((i) => i.contingency === undefined);
    for (const _ of planned) await page.keyboard.press('r');
    expect(await released()).toEqual(planned.map((i) => i.id));
    expect(await next.isVisible()).toBe(false);
    for (const inject of m.injects.filter((i) => i.contingency !== undefined)) {
      const button = page.locator(`section#module-${m.id} [data-run-action="release-contingency"][data-inject="${inject.id}"]`);
      expect(await button.innerText()).toMatch(/^Release contingency inject — only if not done: \S/);
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await released()).toContain(inject.id);
      expect(await button.isVisible()).toBe(false);
      // The button goes once used; focus moves to the inject it released.
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['inject'])).toBe(inject.id);
    }
    await page.reload();
    await page.waitForSelector('.run-controls:not([hidden])');
    expect((await released()).length).toBe(m.injects.length);
    await page.close();
  });

  it('runs the clock against the plan of the route: start, ahead, on plan, behind, pause, reset', async () => {
    // In the alliance scenario "stopped" ends the exercise and is listed before "full-case"; both start at 30.
    const s = reference.find((x) => x.id === 'alliance-business-area')!;
    const stopped = s.modules.find((m) => m.id === 'stopped')!;
    expect(stopped.end).toBe(true);
    const page = await open(`scenario-${s.id}-run.html`, `#module-${stopped.id}`, context, {
      before: (p) => p.clock.install({ time: new Date('2026-11-29T10:00:00Z') }),
    });
    const elapsed = () => page.evaluate(() => Number(document.querySelector<HTMLElement>('[data-run]')?.dataset['elapsed']));
    const status = () => page.locator('[data-clock-status]').innerText();
    expect(await page.locator('[data-clock-planned]').innerText()).toBe('0:30');
    expect(await status()).toBe('clock not started');
    const toggle = page.locator('[data-clock-action="toggle"]');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.clock.runFor(2000);
    expect(await elapsed()).toBe(2);
    expect(await page.locator('[data-clock-elapsed]').innerText()).toBe('0:00:02');
    expect(await status()).toBe('30 min ahead of plan');
    // An end module is on plan until the planned end of the exercise, not until the next module listed starts.
    await page.clock.fastForward(31 * 60_000);
    expect(await status()).toBe('On plan');
    await page.clock.fastForward(60 * 60_000);
    expect(await status()).toBe('2 min behind plan');
    await toggle.click();
    const paused = await elapsed();
    await page.clock.fastForward(5 * 60_000);
    expect(await elapsed()).toBe(paused);
    expect(await toggle.innerText()).toBe('Resume clock');
    // The module the route goes on to from "full-case" starts at 55: at 0:56 it is behind, as "stopped" is not.
    await page.locator('[data-clock-action="reset"]').click();
    expect(await elapsed()).toBe(0);
    await page.evaluate(() => (location.hash = '#module-full-case'));
    await toggle.click();
    // The page's clock runs on by itself between steps, by less than half a minute.
    await page.clock.fastForward(55.5 * 60_000);
    expect(await status()).toBe('1 min behind plan');
    await page.close();
  });

  it('without script shows every module in order, with all its injects', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    for (const s of reference) {
      const page = await noScript.newPage();
      await page.goto(site.url(`scenario-${s.id}-run.html`));
      const visible = await page
        .locator('section.run-module')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).dataset['module']));
      expect(visible).toEqual(s.modules.map((m) => m.id));
      const injects = await page.locator('li.run-inject').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
      expect(injects).toBe(s.modules.reduce((n, m) => n + m.injects.length, 0));
      await page.close();
    }
    await noScript.close();
  });

  it('does not scroll sideways on a 390 px wide phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    for (const file of ['scenarios.html', `scenario-${reference[0]!.id}.html`, `scenario-${reference[0]!.id}-run.html`]) {
      const page = await open(file, '', phone);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), file).toBeLessThanOrEqual(390);
      await page.close();
    }
    await phone.close();
  });

  it('passes axe-core on the index, every briefing and every run view', async () => {
    // axe is injected as a script, which the pages' own policy rightly forbids; only this context bypasses it.
    const axeContext = await browser.newContext({ bypassCSP: true });
    const files = ['scenarios.html', ...reference.flatMap((s) => [`scenario-${s.id}.html`, `scenario-${s.id}-run.html`])];
    const violations: string[] = [];
    for (const file of files) {
      // Not watched for console errors: axe reads the style sheets by a request that file:// refuses.
      const page = await axeContext.newPage();
      await page.goto(site.url(file));
      violations.push(...(await axeViolations(page, file)));
      await page.close();
    }
    await axeContext.close();
    expect(violations).toEqual([]);
  }, 180_000);
});

describe('the run kept in this browser', () => {
  const alliance = reference.find((x) => x.id === 'alliance-business-area')!;
  const file = `scenario-${alliance.id}-run.html`;
  const facilitator = `scenario-${alliance.id}-facilitator.html`;
  const released = (page: Page, module: string) =>
    page.locator(`section#module-${module} li.run-inject[data-released]`).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['inject']));

  it('picks the run up after a reload: the module, the way back, the choice, the injects and the clock', async () => {
    const page = await open(file);
    await page.keyboard.press('r');
    await choose(page, 'outline-case', 'gate-decision', 'go-on');
    await page.keyboard.press('n');
    await page.locator('[data-clock-action="toggle"]').click();
    expect((await shown(page)).id).toBe('full-case');
    await page.reload();
    await page.waitForSelector('.run-controls:not([hidden])');
    expect((await shown(page)).id).toBe('full-case');
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('[data-run]')?.dataset['clock'])).toBe('running');
    expect(await page.locator('[data-run-action="previous"]').isDisabled()).toBe(false);
    await page.keyboard.press('p');
    expect((await shown(page)).id).toBe('outline-case');
    expect(await released(page, 'outline-case')).toEqual(['assurance-report']);
    expect(await page.locator('section#module-outline-case [data-option="go-on"] details').getAttribute('open')).not.toBeNull();
    await page.close();
  });

  it('keeps the run view and the facilitator view, in two tabs, on the same run, either way round, until reset', async () => {
    const run = await open(file);
    const staff = await open(facilitator, '', context, { keep: true });
    // Staff see every inject from the start, marked as not yet released.
    const marks = () => staff.locator('section#module-outline-case li.run-inject .inject-state').allInnerTexts();
    expect(await marks()).toEqual(['Not yet released']);
    expect(await staff.locator('section#module-outline-case li.run-inject').isVisible()).toBe(true);
    await run.keyboard.press('r');
    await expect.poll(marks).toEqual(['Released']);
    await choose(staff, 'outline-case', 'gate-decision', 'go-on');
    await staff.keyboard.press('n');
    await expect.poll(async () => (await shown(run)).id).toBe('full-case');
    await run.keyboard.press('p');
    await expect.poll(async () => (await shown(staff)).id).toBe('outline-case');
    await run.locator('[data-clock-action="toggle"]').click();
    await expect.poll(() => staff.locator('[data-clock-action="toggle"]').innerText()).toBe('Pause clock');
    await run.locator('[data-run-action="reset-run"]').click();
    await expect.poll(marks).toEqual(['Not yet released']);
    expect(await staff.locator('[data-clock-action="toggle"]').innerText()).toBe('Start clock');
    expect(await staff.locator('section#module-outline-case [data-option="go-on"] details').getAttribute('open')).toBeNull();
    expect(await released(run, 'outline-case')).toEqual([]);
    await run.close();
    await staff.close();
  });

  it('logs a decision at the time of day and the exercise time on the run clock', async () => {
    const page = await open(facilitator, '', context, { before: (p) => p.clock.install({ time: new Date('2026-11-29T10:00:00') }) });
    await page.locator('[data-clock-action="toggle"]').click();
    await page.clock.fastForward('05:00');
    await page.fill('#decision-text', 'Go on to the full case.');
    await page.click('#decision-add');
    expect(await page.locator('#decision-entries tr').first().innerText()).toContain('10:05 (exercise time 0:05:00)');
    await page.close();
  });

  it('goes back from a module opened by its link to the module the route came from', async () => {
    const page = await open(file, '#module-agreement-and-panel');
    expect(await page.locator('[data-run-action="previous"]').isDisabled()).toBe(false);
    await page.keyboard.press('p');
    expect((await shown(page)).id).toBe('full-case');
    // "stopped" is listed before "full-case" but does not lead to it: the choice at the outline gate does.
    await page.keyboard.press('p');
    expect((await shown(page)).id).toBe('outline-case');
    expect(await page.locator('[data-run-action="previous"]').isDisabled()).toBe(true);
    await page.close();
  });

  it('moves focus to the module heading when the button pressed goes disabled, never to the page', async () => {
    const page = await open(file, '#module-full-case');
    const focused = () => page.evaluate(() => `${document.activeElement?.tagName} in ${document.activeElement?.closest('section')?.id}`);
    for (const action of ['next', 'previous']) {
      const button = page.locator(`[data-run-action="${action}"]`);
      await button.focus();
      while (!(await button.isDisabled())) await page.keyboard.press('Enter');
      expect(await focused(), action).toBe(`H2 in module-${(await shown(page)).id}`);
    }
    await page.close();
  });

  it('turns the single-key shortcuts off, and remembers that', async () => {
    const page = await open(file);
    // Keys typed in a form control never act, so focus leaves the checkbox before each key.
    const blur = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('[data-run-shortcuts]').uncheck();
    await blur();
    await page.keyboard.press('r');
    expect(await released(page, 'outline-case')).toEqual([]);
    await page.reload();
    await page.waitForSelector('.run-controls:not([hidden])');
    expect(await page.locator('[data-run-shortcuts]').isChecked()).toBe(false);
    await page.keyboard.press('r');
    expect(await released(page, 'outline-case')).toEqual([]);
    await page.locator('[data-run-shortcuts]').check();
    await blur();
    await page.keyboard.press('r');
    expect(await released(page, 'outline-case')).toEqual(['assurance-report']);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});

describe('a scenario with hostile text in every field', () => {
  it('shows the text and runs none of it, on the index, the briefing and through every module of the run', async () => {
    const events: string[] = [];
    for (const file of ['scenarios.html', `scenario-${HOSTILE_ID}.html`, `scenario-${HOSTILE_ID}-run.html`]) {
      const page = await open(file);
      const modules = await page.locator('section.run-module').count();
      for (let i = 0; i < Math.max(modules, 1); i++) {
        for (const summary of await page.locator('section.run-module:not([hidden]) summary').all()) await summary.click();
        const release = page.locator('section.run-module:not([hidden]) [data-run-action="release"]');
        while ((await release.count()) > 0 && (await release.isVisible())) await release.click();
        await page.keyboard.press('n');
      }
      const injected = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes]
            .filter(
              (a) => /^on/i.test(a.name) || (/^(?:href|src|xlink:href|action|formaction)$/i.test(a.name) && /^\s*(?:javascript|data|vbscript):/i.test(a.value)),
            )
            .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`),
        ),
      );
      events.push(...injected.map((x) => `${file}: ${x}`));
      events.push(...(await page.evaluate(() => ('__pwned' in window ? ['script ran'] : []))).map((x) => `${file}: ${x}`));
      events.push(...(await page.evaluate(() => [...document.querySelectorAll('img, iframe, object, embed')].map((e) => e.outerHTML))));
      expect(await page.locator('main').innerText(), file).toContain('<script>window.__pwned=1</script>');
      await page.close();
    }
    expect(events).toEqual([]);
  }, 120_000);

  it('made no network request and logged no error on any page', () => {
    expect(problems).toEqual([]);
  });
});
