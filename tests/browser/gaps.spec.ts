import { createRequire } from 'node:module';
import { accountabilityGaps, accountabilityOverlaps, handOffs } from '@opcc/core';
import { guide } from '@opcc/guide';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceSite, type FixtureSite } from './build-fixture-site.js';
import { launchChromium } from './chromium.js';
import { pageOpener } from './open-page.js';

// The gaps, overlaps and hand-offs pages of the reference site, from file:// in real Chromium.

let browser: Browser;
let site: FixtureSite;
const { open, problems, closeAll } = pageOpener(() => ({ browser, url: (file) => site.url(file) }));
const pageOf = (profile: string) => `accountability-${profile}.html`;

beforeAll(async () => {
  site = await referenceSite();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await closeAll();
  await browser?.close();
});

const headingCount = async (page: Page, selector: string) => Number(/\((\d+)\)\s*$/.exec(await page.locator(selector).innerText())?.[1]);

describe('the gaps, overlaps and hand-offs pages from file://', () => {
  it('are reached from the glossary, one per profile', async () => {
    const page = await open('glossary.html');
    const hrefs = await page.locator('section.gap-links a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(guide.profiles.map((p) => pageOf(p.id)));
    await page.locator('section.gap-links a').first().click();
    await page.waitForURL(new RegExp(pageOf(guide.profiles[0]!.id).replace('.', '\\.')));
    expect(await page.locator('h1').innerText()).toContain(guide.profiles[0]!.title);
  });

  it("show the numbers core's queries give for the reference model", async () => {
    for (const profile of guide.profiles) {
      const page = await open(pageOf(profile.id));
      expect(await headingCount(page, '#gaps')).toBe(accountabilityGaps(guide, profile.id).length);
      expect(await headingCount(page, '#overlaps')).toBe(accountabilityOverlaps(guide, profile.id).length);
      const rows = await page
        .locator('table.pair-summary tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => ({ pair: tr.getAttribute('data-pair') ?? '', cells: [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)) })),
        );
      expect(rows.map((r) => r.pair)).toContain('pcc chief-constable');
      let total = 0;
      for (const { pair, cells } of rows) {
        const [a = '', b = ''] = pair.split(' ');
        const [forward, back] = [handOffs(guide, a, b), handOffs(guide, b, a)];
        expect(cells, pair).toEqual([forward.length, back.length, forward.length + back.length]);
        total += forward.length + back.length;
        if (forward.length + back.length === 0) continue;
        expect(await headingCount(page, `#pair-${a}-${b}-title`)).toBe(forward.length + back.length);
        // Each hand-off links to its map and to both of its steps.
        const links = await page
          .locator(`#pair-${a}-${b} tbody tr`)
          .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('a:not(.code)')].map((l) => l.getAttribute('href'))));
        expect(links).toEqual([...forward, ...back].map((h) => [`map-${h.map}.html`, `map-${h.map}.html#${h.from.step}`, `map-${h.map}.html#${h.to.step}`]));
      }
      expect(total).toBeGreaterThan(0);
      expect(await headingCount(page, '#hand-offs')).toBe(total);
      await page.close();
    }
  });

  it('lets the keyboard reach every link', async () => {
    const page = await open(pageOf(guide.profiles[0]!.id));
    const links = await page.locator('a[href]').evaluateAll((all) => all.map((a, i) => ((a as HTMLElement).dataset['n'] = String(i))));
    const reached = new Set<string>();
    for (let i = 0; i < links.length + 10 && reached.size < links.length; i++) {
      await page.keyboard.press('Tab');
      const n = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['n']);
      if (n !== undefined) reached.add(n);
    }
    expect(reached.size).toBe(links.length);
    expect(links.length).toBeGreaterThan(20);
  }, 120_000);

  it('pass axe-core on a laptop and on a phone, and never scroll sideways at 390 px', async () => {
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    const violations: string[] = [];
    const wide: string[] = [];
    for (const profile of guide.profiles) {
      for (const width of [1366, 390]) {
        // axe is injected as a script, which the pages' own policy rightly forbids; only this context bypasses it.
        const page = await open(pageOf(profile.id), { width, bypassCSP: true });
        const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth] as const);
        if (scrollWidth > innerWidth) wide.push(`${profile.id} at ${width} px: ${scrollWidth} px wide`);
        await page.addScriptTag({ path: axePath });
        const result = await page.evaluate(async () => {
          type Result = { violations: Array<{ id: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> };
          const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<Result> } }).axe;
          return axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
        });
        for (const v of result.violations)
          violations.push(`${profile.id} at ${width} px: ${v.id} at ${JSON.stringify(v.nodes[0]?.target)}: ${v.nodes[0]?.failureSummary ?? ''}`);
        await page.close();
      }
    }
    expect(violations).toEqual([]);
    expect(wide).toEqual([]);
  }, 120_000);

  it('made no network request and logged no error', () => {
    expect(problems).toEqual([]);
  });
});
