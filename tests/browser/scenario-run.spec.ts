import { createRequire } from 'node:module';
import { guide } from '@opcc/guide';
import type { Model, Scenario } from '@opcc/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, HOSTILE_MARKDOWN } from '../fixtures/hostile-model.js';
import { buildFixtureSite } from './build-fixture-site.js';
import { launchChromium } from './chromium.js';

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

async function open(file: string, hash = '', on: BrowserContext = context): Promise<Page> {
  const page = await on.newPage();
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
      dimmed: shapes.filter((s) => s.classList.contains('dimmed') && getComputedStyle(s).opacity !== '1').length,
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

/** How far the page is scrolled, and where the run's controls are, once the page has settled. */
async function scrolled(page: Page): Promise<{ y: number; controlsTop: number }> {
  return page.evaluate(async () => {
    await new Promise((done) => setTimeout(done, 100));
    return { y: scrollY, controlsTop: document.querySelector('.run-controls')?.getBoundingClientRect().top ?? NaN };
  });
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
    const s = reference.find((x) => x.modules.some((m) => m.injects.length >= 2))!;
    const m = s.modules.find((x) => x.injects.length >= 2)!;
    const page = await open(`scenario-${s.id}-run.html`, `#module-${m.id}`);
    const injects = page.locator(`section#module-${m.id} li.run-inject`);
    const visible = () => injects.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(await visible()).toBe(0);
    for (let n = 1; n <= m.injects.length; n++) {
      await page.locator(`section#module-${m.id} [data-run-action="release"]`).click();
      expect(await visible()).toBe(n);
    }
    // Away and back again: what was released is still there.
    await page.keyboard.press('n');
    await page.keyboard.press('p');
    expect(await visible()).toBe(m.injects.length);
    await page.close();
  });

  it('runs the clock against the plan: start, pause, reset', async () => {
    const s = reference[0]!;
    const second = s.modules[1]!;
    const page = await open(`scenario-${s.id}-run.html`, `#module-${second.id}`);
    const elapsed = () => page.evaluate(() => Number(document.querySelector<HTMLElement>('[data-run]')?.dataset['elapsed']));
    expect(await page.locator('[data-clock-planned]').innerText()).toBe(`${Math.floor(second.start / 60)}:${String(second.start % 60).padStart(2, '0')}`);
    const toggle = page.locator('[data-clock-action="toggle"]');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(elapsed, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-clock-elapsed]').innerText()).toMatch(/^0:00:0[2-9]$/);
    await toggle.click();
    const paused = await elapsed();
    await page.waitForTimeout(1200);
    expect(await elapsed()).toBe(paused);
    await page.locator('[data-clock-action="reset"]').click();
    expect(await elapsed()).toBe(0);
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
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    // axe is injected as a script, which the pages' own policy rightly forbids; only this context bypasses it.
    const axeContext = await browser.newContext({ bypassCSP: true });
    const files = ['scenarios.html', ...reference.flatMap((s) => [`scenario-${s.id}.html`, `scenario-${s.id}-run.html`])];
    const violations: string[] = [];
    for (const file of files) {
      // Not watched for console errors: axe reads the style sheets by a request that file:// refuses.
      const page = await axeContext.newPage();
      await page.goto(site.url(file));
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }>;
            };
          }
        ).axe;
        return axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      });
      for (const v of result.violations)
        violations.push(`${file}: ${v.id} (${v.nodes.length}), first at ${JSON.stringify(v.nodes[0]?.target)}: ${v.nodes[0]?.failureSummary ?? ''}`);
      await page.close();
    }
    await axeContext.close();
    expect(violations).toEqual([]);
  }, 180_000);
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
