import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { guide } from '@opcc/guide';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceSite, type FixtureSite } from './build-fixture-site.js';
import { launchChromium } from './chromium.js';

// The reference site on every surface OPCC staff use: a laptop, a large screen, a phone and paper.
// Sizes are measured, not judged by eye: a label's size on screen is its font size times the
// scale it is drawn at (its client rectangle over its own box); a printed label's size is its
// font size times the printed picture's scale, in CSS px at the width of an A4 landscape page
// (273 mm between 12 mm margins), converted to points (0.75 pt per px).

const SCREENS = [
  { name: 'laptop', width: 1366, height: 768, touch: false },
  { name: 'large screen', width: 1920, height: 1080, touch: false },
  { name: 'phone', width: 390, height: 844, touch: true },
] as const;
// A4 landscape less 12 mm margins, in CSS px.
const PRINT_VIEWPORT = { width: 1031, height: 703 };
const READABLE_PX = 11;
const READABLE_PT = 8;

let browser: Browser;
let site: FixtureSite;
const contexts: BrowserContext[] = [];
const pages = () =>
  readdirSync(site.out)
    .filter((f) => f.endsWith('.html'))
    .sort();
const mapPages = () => pages().filter((f) => f.startsWith('map-'));

beforeAll(async () => {
  site = await referenceSite();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function screen(size: (typeof SCREENS)[number] | { width: number; height: number; touch: boolean }): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    ...(size.touch ? { isMobile: true, hasTouch: true, deviceScaleFactor: 1 } : {}),
  });
  contexts.push(context);
  return context;
}

async function open(context: BrowserContext, file: string, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url(file) + hash);
  await page.waitForLoadState('load');
  return page;
}

/** The smallest label of the interactive map as drawn on screen, in CSS px, and how many labels were measured. */
function smallestLabelOnScreen(page: Page): Promise<{ px: number; count: number }> {
  return page.evaluate(() => {
    const svg = document.querySelector('.map-figure .map-viewport > svg');
    const sizes = [...(svg?.querySelectorAll('text') ?? [])].map((text) => {
      const onScreen = text.getBoundingClientRect().height;
      const own = text.getBBox().height;
      // The computed size: a drawing styled by the site's stylesheet carries no font-size attribute.
      return (parseFloat(getComputedStyle(text).fontSize) * onScreen) / own;
    });
    return { px: Math.min(...sizes), count: sizes.length };
  });
}

describe('the map at its opening view, on every screen', () => {
  for (const size of SCREENS) {
    it(`draws every reference map's smallest label at ${READABLE_PX} px or more on a ${size.name} (${size.width}×${size.height})`, async () => {
      const context = await screen(size);
      const found: Record<string, number> = {};
      for (const file of mapPages()) {
        const page = await open(context, file);
        const { px, count } = await smallestLabelOnScreen(page);
        expect(count, file).toBeGreaterThan(5);
        found[file] = Math.round(px * 100) / 100;
        await page.close();
      }
      expect(mapPages().length).toBe(guide.maps.length);
      expect(Object.entries(found).filter(([, px]) => px < READABLE_PX)).toEqual([]);
    }, 120_000);
  }

  it('gives the map the full width until guidance is asked for, then puts the panel beside it on a laptop and below it on a phone', async () => {
    for (const [size, where] of [
      [SCREENS[0], 'beside'],
      [SCREENS[2], 'below'],
    ] as const) {
      const page = await open(await screen(size), 'map-engage-consult.html');
      const main = (await page.locator('main').boundingBox())!;
      const figure = page.locator('.map-figure');
      const before = (await figure.boundingBox())!;
      // main's padding is all that lies between the map and the window's edges.
      expect(before.width).toBeGreaterThan(main.width - 64);
      expect(await page.locator('#opcc-panel').isVisible()).toBe(false);
      await page.locator('svg [data-step="consult-victims"]').first().click();
      const panel = (await page.locator('#opcc-panel').boundingBox())!;
      const after = (await figure.boundingBox())!;
      if (where === 'beside') expect(panel.x).toBeGreaterThanOrEqual(after.x + after.width);
      else expect(panel.y).toBeGreaterThanOrEqual(after.y + after.height);
      await page.keyboard.press('Escape');
      expect(await page.locator('#opcc-panel').isVisible()).toBe(false);
      expect((await figure.boundingBox())!.width).toBeCloseTo(before.width, 0);
      await page.close();
    }
  });

  it('keeps the lane names in view while a wide map is moved sideways', async () => {
    const page = await open(await screen(SCREENS[0]), 'map-hold-chief-constable-to-account.html');
    const box = page.locator('.map-figure .map-viewport');
    await box.evaluate((el) => {
      el.scrollLeft = 900;
    });
    const [overlay, viewport] = [await page.locator('.lane-header-overlay').boundingBox(), await box.boundingBox()];
    expect(overlay).not.toBeNull();
    expect(Math.abs(overlay!.x - viewport!.x)).toBeLessThan(2);
    // The copy shows the same lane names as the map.
    const names = await page.locator('.lane-header-overlay text').allTextContents();
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(await page.locator('.map-viewport > svg text').allTextContents()).toContain(name);
    await page.close();
  });

  it('fits a map too wide for readable labels to its height, scrolls it sideways and says so', async () => {
    const page = await open(await screen(SCREENS[0]), 'map-hold-chief-constable-to-account.html');
    await page.locator('button[data-zoom="out"]').click();
    await page.locator('button[data-zoom="out"]').click();
    await page.locator('button[data-zoom="fit"]').click();
    expect((await smallestLabelOnScreen(page)).px).toBeGreaterThanOrEqual(READABLE_PX);
    const fits = await page.locator('.map-figure .map-viewport').evaluate((el) => ({
      tall: el.scrollHeight <= el.clientHeight + 1,
      wide: el.scrollWidth > el.clientWidth,
    }));
    expect(fits).toEqual({ tall: true, wide: true });
    expect(await page.locator('.map-wide-hint').isVisible()).toBe(true);
    expect(await page.locator('.map-wide-hint').innerText()).toMatch(/scroll sideways/);
    await page.close();
  });
});

describe('on a phone', () => {
  it('never scrolls a page sideways outside a map box', async () => {
    const context = await screen(SCREENS[2]);
    const wide: string[] = [];
    for (const file of pages()) {
      const page = await open(context, file);
      const width = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth] as const);
      if (width[0] > width[1]) wide.push(`${file}: ${width[0]} px in ${width[1]} px`);
      await page.close();
    }
    expect(wide).toEqual([]);
  }, 120_000);

  it('scrolls the page on a vertical swipe over the map, the map on a sideways one, and only the map after "Move map"', async () => {
    const page = await open(await screen(SCREENS[2]), 'map-engage-consult.html');
    const box = page.locator('.map-figure .map-viewport');
    const cdp = await page.context().newCDPSession(page);
    // A finger on the glass, as the browser receives it: touch events through its input pipeline.
    const swipe = async (dx: number, dy: number) => {
      await page.evaluate(() => document.querySelector('.map-figure .map-viewport')!.scrollIntoView({ block: 'center' }));
      const b = (await box.boundingBox())!;
      const at = { x: Math.round(b.x + b.width / 2), y: Math.round(b.y + b.height / 2) };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
      for (let i = 1; i <= 10; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: at.x + (dx * i) / 10, y: at.y + (dy * i) / 10 }] });
      }
      // The finger rests before it lifts, so nothing flings on after the test has measured.
      await page.waitForTimeout(150);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: at.x + dx, y: at.y + dy }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(300);
    };
    const state = () => page.evaluate(() => ({ page: window.scrollY, map: document.querySelector('.map-figure .map-viewport')!.scrollLeft }));
    const start = await state();
    await swipe(0, -150);
    const vertical = await state();
    expect(vertical.page).toBeGreaterThan(start.page + 50);
    expect(vertical.map).toBe(start.map);
    await swipe(-200, 0);
    const sideways = await state();
    expect(sideways.map).toBeGreaterThan(vertical.map + 50);
    const move = page.locator('button[data-zoom="move"]');
    expect(await move.isVisible()).toBe(true);
    await move.tap();
    expect(await move.getAttribute('aria-pressed')).toBe('true');
    const moving = await state();
    await swipe(120, -150);
    const moved = await state();
    // The page stays where it was (bar the centring of the box); the map follows the finger.
    expect(Math.abs(moved.page - moving.page)).toBeLessThan(5);
    expect(moved.map).toBeLessThan(moving.map - 50);
    await cdp.detach();
    await page.close();
  });

  it('zooms the map, not the page, on a two-finger pinch, which turns Move map on', async () => {
    const page = await open(await screen(SCREENS[2]), 'map-engage-consult.html');
    await page.evaluate(() => document.querySelector('.map-figure .map-viewport')!.scrollIntoView({ block: 'center' }));
    const b = (await page.locator('.map-figure .map-viewport').boundingBox())!;
    const [x, y] = [Math.round(b.x + b.width / 2), Math.round(b.y + b.height / 2)];
    const state = () => page.evaluate(() => ({ scale: Number(document.querySelector<HTMLElement>('.map-figure')!.dataset['scale']), page: window.scrollY }));
    const before = await state();
    const cdp = await page.context().newCDPSession(page);
    const fingers = (spread: number) => [
      { x: x - spread, y, id: 1 },
      { x: x + spread, y, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
    for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(20 + 2 * i) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(200);
    const after = await state();
    // Fingers 40 px apart, then 80: twice the scale.
    expect(after.scale / before.scale).toBeCloseTo(2, 1);
    expect(after.page).toBe(before.page);
    expect(await page.locator('button[data-zoom="move"]').getAttribute('aria-pressed')).toBe('true');
    await cdp.detach();
    await page.close();
  });

  it('speaks of touch in the hint, and has touch-sized, not oversized, buttons', async () => {
    const phone = await open(await screen(SCREENS[2]), 'map-engage-consult.html');
    const hint = await phone.locator('.map-toolbar-hint').innerText();
    expect(hint).toMatch(/swipe/i);
    expect(hint).not.toMatch(/ctrl|mouse/i);
    for (const button of await phone.locator('.map-buttons button:visible').all()) {
      const size = (await button.boundingBox())!;
      expect(size.height).toBeGreaterThanOrEqual(44);
      expect(size.height).toBeLessThanOrEqual(56);
      expect(size.width).toBeGreaterThanOrEqual(44);
    }
    const laptop = await open(await screen(SCREENS[0]), 'map-engage-consult.html');
    expect(await laptop.locator('.map-toolbar-hint').innerText()).toMatch(/mouse wheel/);
    expect(await laptop.locator('button[data-zoom="move"]').isVisible()).toBe(false);
    await phone.close();
    await laptop.close();
  });
});

describe('axe-core on a phone', () => {
  it('finds nothing on a map with its guidance open, the glossary, and a page of wide tables', async () => {
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    // axe is injected as a script, which the pages' own policy rightly forbids; only this context bypasses it.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true });
    contexts.push(context);
    const violations: string[] = [];
    for (const [file, hash] of [
      ['map-engage-consult.html', '#conduct-stakeholder-analysis'],
      ['glossary.html', ''],
      ['collaboration-northshire-southvale-alliance.html', ''],
      ['relationships-all-accountabilities.html', ''],
    ] as const) {
      const page = await open(context, file, hash);
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
        return axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      });
      violations.push(...result.violations.map((v) => `${file}: ${v.id} (${v.nodes.length})`));
      await page.close();
    }
    expect(violations).toEqual([]);
  }, 120_000);
});

describe('by keyboard', () => {
  it('drills into a sub-process in two keys, and Escape gives focus back to the shape', async () => {
    const context = await screen(SCREENS[0]);
    const page = await open(context, 'map-engage-consult.html');
    const shape = page.locator('svg .step-sub-process[data-drill="conduct-stakeholder-analysis"]');
    await shape.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('#opcc-panel') !== null && document.activeElement?.matches('a.drill-link'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#opcc-panel').isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset['drill'])).toBe('conduct-stakeholder-analysis');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForURL(/map-conduct-stakeholder-analysis\.html/);
    expect(await page.locator('h1').innerText()).toBe('Conduct Stakeholder Analysis');
    await page.close();
  });
});

describe('on paper', () => {
  // Every page with a drawing: process maps, the value chain, relationship maps, outcome frameworks, collaborations.
  const drawn = () => pages().filter((f) => /class="(map|value-chain|grid)-figure"/.test(readFileSync(join(site.out, f), 'utf8')));

  it(`prints every drawing on landscape pages with labels of ${READABLE_PT} pt or more, and nothing of the screen's controls`, async () => {
    const context = await screen({ ...PRINT_VIEWPORT, touch: false });
    const small: string[] = [];
    const kinds = new Set<string>();
    for (const file of drawn()) {
      const page = await open(context, file);
      await page.emulateMedia({ media: 'print' });
      // The printed pictures are made when the page turns to print.
      await expect.poll(() => page.locator('svg.print-slice').count(), { message: file }).toBeGreaterThan(0);
      kinds.add((await page.locator('body').getAttribute('data-page')) ?? '');
      const printed = await page.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>('svg.print-slice')].map((svg) => {
          const rect = svg.getBoundingClientRect();
          const scale = rect.width / svg.viewBox.baseVal.width;
          const fonts = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize));
          return { width: rect.width, height: rect.height, smallestPt: Math.min(...fonts) * scale * 0.75 };
        }),
      );
      const figures = await page.locator('.map-figure, .value-chain-figure, .grid-figure').count();
      expect(printed.length, file).toBeGreaterThanOrEqual(figures);
      for (const [i, slice] of printed.entries()) {
        if (!(slice.smallestPt >= READABLE_PT)) small.push(`${file} piece ${i + 1}: ${slice.smallestPt.toFixed(2)} pt`);
        expect(slice.width, file).toBeLessThanOrEqual(PRINT_VIEWPORT.width);
        expect(slice.height, file).toBeLessThanOrEqual(PRINT_VIEWPORT.height);
      }
      const screenOnly = await page.evaluate(
        () =>
          [...document.querySelectorAll('.site-header, .breadcrumbs, .map-toolbar, .map-viewport, #opcc-panel, .map-links')].filter(
            (el) => (el as HTMLElement).offsetParent !== null || el.getBoundingClientRect().height > 0,
          ).length,
      );
      expect(screenOnly, file).toBe(0);
      await page.close();
    }
    expect(small).toEqual([]);
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['map', 'value-chain', 'relationship-map', 'outcome-framework']));
  }, 180_000);

  it('cuts a wide map into pages with the lane headers repeated, prints no selection, and prints link addresses', async () => {
    const context = await screen({ ...PRINT_VIEWPORT, touch: false });
    const page = await open(context, 'map-hold-chief-constable-to-account.html', '#delivering-plan');
    await expect.poll(() => page.locator('svg [data-step="delivering-plan"].is-selected').count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const slices = page.locator('svg.print-slice');
    await expect.poll(() => slices.count()).toBeGreaterThan(1);
    expect(await slices.count()).toBeGreaterThan(1);
    // Every piece after the first draws the lane headers again, at its left.
    for (const slice of (await slices.all()).slice(1)) expect(await slice.locator(':scope > svg').count()).toBe(2);
    const marked = await page.evaluate(
      () => [...document.querySelectorAll('.print-slice *')].filter((el) => el.matches('.is-selected') || getComputedStyle(el).filter !== 'none').length,
    );
    expect(marked).toBe(0);
    const after = await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('main a[href^="http"]');
      return link === null ? undefined : { href: link.getAttribute('href'), content: getComputedStyle(link, '::after').content };
    });
    expect(after?.content).toContain(after?.href ?? 'no external link');
    // Chromium's own PDF has one page for each piece of the map, at least, and the guidance after them.
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pageCount).toBeGreaterThan(await slices.count());
    await page.close();
  });
});
