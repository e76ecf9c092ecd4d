import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { guide } from '@opcc/guide';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '@opcc/render';
import { referenceSite, type FixtureSite } from './build-fixture-site.js';
import { launchChromium } from './chromium.js';

// The reference site, opened from file:// in real Chromium, as OPCC staff open it from a shared drive.

let browser: Browser;
let context: BrowserContext;
let site: FixtureSite;
const problems: string[] = [];

beforeAll(async () => {
  site = await referenceSite();
  browser = await launchChromium();
  context = await browser.newContext();
  // Every request must stay on disk: no server, no network, no CDN.
  context.on('request', (request) => {
    if (!request.url().startsWith('file://')) problems.push(`network request: ${request.url()}`);
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function open(page: string, hash = ''): Promise<Page> {
  const tab = await context.newPage();
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`page error on ${page}: ${error.message}`));
  await tab.goto(site.url(page) + hash);
  return tab;
}

describe('the reference site from file://', () => {
  it('opens an activity’s guidance in the side panel on click', async () => {
    const page = await open('map-conduct-stakeholder-analysis.html');
    const activity = page.locator('svg .step-activity[data-step]').first();
    const id = await activity.getAttribute('data-step');
    await activity.click();
    const panel = page.locator('#opcc-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    // The guidance follows the line that names the step's kind and lane.
    const expected = (await page.locator(`section.step[id="${id}"] > .step-meta + *`).innerText()).trim();
    expect(expected.length).toBeGreaterThan(20);
    expect(await panel.innerText()).toContain(expected.slice(0, 40));
    expect(page.url()).toContain(`#${id}`);
    await page.close();
  });

  it('shows keyboard focus on a shape’s own outline: thicker, in the focus blue, at 3:1 or more, and at full strength on a dimmed shape', async () => {
    // The outline (a shape's first element) as drawn: colour, width and opacity.
    const outline = (page: Page, selector: string) =>
      page.locator(selector).evaluate((shape) => {
        const s = getComputedStyle(shape.firstElementChild as Element);
        return { stroke: s.stroke, width: parseFloat(s.strokeWidth), opacity: s.strokeOpacity, focused: document.activeElement === shape };
      });
    const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
    const map = await open('map-engage-consult.html');
    const shape = 'svg .step-activity[data-step]';
    const before = await outline(map, `${shape} >> nth=0`);
    await map.locator(shape).first().focus();
    const after = await outline(map, `${shape} >> nth=0`);
    expect(after.focused).toBe(true);
    expect(after.stroke).not.toBe(before.stroke);
    expect(after.width).toBeGreaterThanOrEqual(before.width + 3);
    // Against the lanes' colours and the white of a shape, either side of the outline.
    const fills = await map.locator('svg .lane rect').evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
    for (const fill of [...fills, 'rgb(255, 255, 255)']) expect(contrastRatio(hex(after.stroke), hex(fill)), fill).toBeGreaterThanOrEqual(3);
    // Not on a shape that is not focused.
    expect((await outline(map, `${shape} >> nth=1`)).stroke).toBe(before.stroke);
    await map.close();
    const run = await open('scenario-first-100-days-run.html');
    const dimmed = 'section.run-module:not([hidden]) svg .shape.dimmed';
    await expect.poll(() => run.locator(dimmed).count()).toBeGreaterThan(0);
    const resting = await outline(run, `${dimmed} >> nth=0`);
    expect(Number(resting.opacity)).toBeLessThan(1);
    await run.locator(dimmed).first().focus();
    const shown = await outline(run, `${dimmed} >> nth=0`);
    expect(shown).toEqual({ stroke: after.stroke, width: after.width, opacity: '1', focused: true });
    await run.close();
  });

  it('drills into Conduct Stakeholder Analysis and returns by the breadcrumb to the value chain', async () => {
    const page = await open('map-engage-consult.html');
    const sub = page.locator('svg .step-sub-process[data-drill="conduct-stakeholder-analysis"]');
    await sub.click();
    const drill = page.locator('#opcc-panel a.drill-link');
    await drill.click();
    await page.waitForURL(/map-conduct-stakeholder-analysis\.html/);
    expect(await page.locator('h1').innerText()).toBe('Conduct Stakeholder Analysis');
    const crumbs = page.locator('nav.breadcrumbs a');
    expect(await crumbs.first().innerText()).toMatch(/Value Chain/i);
    await crumbs.first().click();
    await page.waitForURL(/index\.html/);
    expect(await page.locator('body').getAttribute('data-page')).toBe('value-chain');
    await page.close();
  });

  it('finds a glossary code by search and lands on its entry', async () => {
    const page = await open('index.html');
    await page.fill('#opcc-q', '1.1.2.8');
    await page.press('#opcc-q', 'Enter');
    await page.waitForURL(/search\.html\?q=1\.1\.2\.8/);
    const first = page.locator('#opcc-search-results a').first();
    expect(await first.innerText()).toMatch(/^1\.1\.2\.8 /);
    await first.click();
    await page.waitForURL(/glossary\.html#/);
    const target = await page.evaluate(() => document.querySelector(':target > :first-child > code')?.textContent);
    expect(target).toBe('1.1.2.8');
    await page.close();
  });

  it('follows a deep link to a shape and selects it', async () => {
    const map = guide.maps.find((m) => m.id === 'conduct-stakeholder-analysis')!;
    const step = map.steps.find((s) => s.kind === 'activity')!;
    const page = await open(`map-${map.id}.html`, `#${step.id}`);
    await expect.poll(() => page.locator(`svg [data-step="${step.id}"]`).getAttribute('class')).toContain('is-selected');
    expect(await page.locator('#opcc-panel').innerText()).toContain(step.title);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['step'])).toBe(step.id);
    await page.close();
  });

  it('moves through the shapes of a map by keyboard in flow order', async () => {
    const page = await open('map-conduct-stakeholder-analysis.html');
    const order = await page.locator('svg [data-step]').evaluateAll((els) => els.map((e) => (e as SVGElement).dataset['step']));
    await page.locator('svg [data-step]').first().focus();
    const visited: Array<string | undefined> = [];
    for (let i = 0; i < order.length; i++) {
      visited.push(await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset['step']));
      await page.keyboard.press('Tab');
    }
    expect(visited).toEqual(order);
    expect(order[0]).toBe(guide.maps.find((m) => m.id === 'conduct-stakeholder-analysis')!.steps.find((s) => s.kind === 'start')!.id);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await page.locator('#opcc-panel').isVisible()).toBe(true);
    await page.close();
  });

  it('opens a wide map at a readable size, keeps the shape in focus in view, and fits its height on request without shrinking labels', async () => {
    const page = await open('map-conduct-stakeholder-analysis.html');
    const viewport = page.locator('.map-figure .map-viewport');
    const inView = async (shape: ReturnType<Page['locator']>) => {
      const [b, v] = [await shape.boundingBox(), await viewport.boundingBox()];
      return b !== null && v !== null && b.x >= v.x && b.x + b.width <= v.x + v.width && b.y >= v.y && b.y + b.height <= v.y + v.height;
    };
    // A 13 px label drawn at less than 9 px cannot be read.
    const label = page.locator('svg .step-activity text').last();
    expect(await label.evaluate((t) => t.getBoundingClientRect().height)).toBeGreaterThanOrEqual(9);
    const last = page.locator('svg [data-step]').last();
    expect(await inView(last)).toBe(false);
    await last.focus();
    await expect.poll(() => inView(last)).toBe(true);
    await page.locator('button[data-zoom="fit"]').click();
    // Too wide to fit whole at a readable size: it fits its height and scrolls sideways, and says so.
    expect(await label.evaluate((t) => t.getBoundingClientRect().height)).toBeGreaterThanOrEqual(11);
    expect(await viewport.evaluate((v) => v.scrollHeight <= v.clientHeight + 1 && v.scrollWidth > v.clientWidth)).toBe(true);
    expect(await page.locator('.map-wide-hint').isVisible()).toBe(true);
    await page.close();
  });

  it('opens reference material in a new tab', async () => {
    const page = await open('references.html');
    const links = page.locator('.reference-list a[href^="http"]');
    expect(await links.count()).toBeGreaterThan(3);
    for (const link of await links.all()) {
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toContain('noopener');
    }
    await page.close();
  });

  it('passes axe-core on every page, of every kind', async () => {
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    // axe is injected as a script, which the pages' own policy rightly forbids; only this context bypasses it.
    const axeContext = await browser.newContext({ bypassCSP: true });
    // Every page, not one of each kind: a problem can hide in one map's content.
    const files = readdirSync(site.out)
      .filter((f) => f.endsWith('.html'))
      .sort();
    const kinds = new Set(files.map((file) => /<body data-page="([^"]+)"/.exec(readFileSync(join(site.out, file), 'utf8'))?.[1] ?? file));
    const violations: string[] = [];
    for (const file of files) {
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
      // The first offending node and axe's reason make a failure readable from the CI log alone.
      for (const v of result.violations) {
        const first = v.nodes[0];
        violations.push(`${file}: ${v.id} (${v.nodes.length}), first at ${JSON.stringify(first?.target)}: ${first?.failureSummary ?? ''}`);
      }
      await page.close();
    }
    await axeContext.close();
    expect(kinds.size).toBeGreaterThanOrEqual(10);
    expect(violations).toEqual([]);
    // Some 40 pages at up to 5 s each (the glossary) on a shared two-core machine.
  }, 300_000);

  it('made no network request and logged no error on any page', async () => {
    for (const file of readdirSync(site.out)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      const page = await open(file);
      await page.waitForLoadState('load');
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
