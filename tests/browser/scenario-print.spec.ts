import { guide } from '@opcc/guide';
import { pagePath } from '@opcc/site';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { referenceSite, type FixtureSite } from './build-fixture-site.js';
import { launchChromium } from './chromium.js';
import { axeViolations } from './page-checks.js';
import { pdfPages } from './pdf-text.js';

// The printed packs of every reference scenario, as Chromium prints them from file://. A printed map label's size is
// measured as drawn: its font size times the scale it is drawn at (its client rectangle over its own box), in CSS px
// on an A4 landscape page (273 mm between 12 mm margins), converted to points (0.75 pt per px). The marking is read
// back from Chromium's own PDF, page by page, with its position on the page.

// A4 landscape less 12 mm margins, in CSS px.
const PRINT_VIEWPORT = { width: 1031, height: 703 };
const READABLE_PT = 8;
// The 12 mm margin in points, where the marking is printed.
const MARGIN_PT = (12 / 25.4) * 72;

let browser: Browser;
let site: FixtureSite;
const contexts: BrowserContext[] = [];
const problems: string[] = [];
// Pages opened by the running test: its check that no page made a request or an error is only worth something if some were.
let opened = 0;

beforeEach(() => {
  problems.length = 0;
  opened = 0;
});

/** Ends a test: it opened pages, and none of them made a network request or a script error. */
function expectCleanPages(): void {
  expect(opened).toBeGreaterThan(0);
  expect(problems).toEqual([]);
}

beforeAll(async () => {
  site = await referenceSite();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function newContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: PRINT_VIEWPORT, ...options });
  context.on('request', (request) => {
    if (!request.url().startsWith('file://')) problems.push(`network request: ${request.url()}`);
  });
  contexts.push(context);
  return context;
}

// `forAxe`: axe reads the style sheets by XHR, which file:// refuses with a console error of axe's own making.
async function openPage(context: BrowserContext, file: string, forAxe = false): Promise<Page> {
  const page = await context.newPage();
  opened += 1;
  page.on('pageerror', (error) => problems.push(`page error on ${file}: ${error.message}`));
  if (!forAxe) {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error on ${file}: ${message.text()}`);
    });
  }
  await page.goto(site.url(file));
  await page.waitForLoadState('load');
  return page;
}

async function openPrinted(context: BrowserContext, file: string, beforePrint?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await openPage(context, file);
  await beforePrint?.(page);
  await page.emulateMedia({ media: 'print' });
  return page;
}

const PACKS = [pagePath.scenarioHandout, pagePath.scenarioGuide, pagePath.scenarioCards] as const;

describe('the participant handout and the facilitator guide on paper', () => {
  it.each([
    ['handout', pagePath.scenarioHandout],
    ['guide', pagePath.scenarioGuide],
  ])(
    `prints, in the %s, the focus steps of every module's map in A4 pieces whose every label is ${READABLE_PT} pt or more`,
    async (_, pack) => {
      const context = await newContext();
      const small: string[] = [];
      let leftOut = 0;
      for (const scenario of guide.scenarios) {
        const file = pack(scenario.id);
        // Where each map's focus steps lie, in the drawing's own units, read from the map as drawn on screen.
        let focus: Array<Array<{ x: number; y: number; width: number; height: number }>> = [];
        const page = await openPrinted(context, file, async (p) => {
          focus = await p.evaluate(() =>
            [...document.querySelectorAll('.print-focus .map-figure')].map((figure) =>
              [...figure.querySelectorAll<SVGGraphicsElement>('.map-viewport svg .focus-step')].map((shape) => {
                const b = shape.getBBox();
                return { x: b.x, y: b.y, width: b.width, height: b.height };
              }),
            ),
          );
        });
        const focused = scenario.modules.filter((m) => m.focus !== undefined);
        expect(
          focus.map((boxes) => boxes.length),
          file,
        ).toEqual(focused.map((m) => m.focus?.steps.length));
        // The printed pictures are made when the page turns to print.
        await expect.poll(() => page.locator('.map-figure.has-print-pages').count(), { message: file }).toBe(focused.length);
        const figures = await page.evaluate(() =>
          [...document.querySelectorAll('.print-focus .map-figure')].map((figure) =>
            [...figure.querySelectorAll('.print-page')].map((piece) => {
              const svg = piece.querySelector<SVGSVGElement>('svg.print-slice');
              const windows = piece.querySelectorAll<SVGSVGElement>('svg.print-slice > svg');
              const view = windows[windows.length - 1]?.viewBox.baseVal;
              const rect = svg?.getBoundingClientRect();
              const printed = rect !== undefined && rect.height > 0;
              const sizes = printed
                ? [...(svg?.querySelectorAll<SVGTextElement>('text') ?? [])]
                    .filter((text) => text.getBBox().height > 0)
                    .map((text) => (parseFloat(getComputedStyle(text).fontSize) * text.getBoundingClientRect().height) / text.getBBox().height)
                : [];
              // "part 2 of 5": how many pieces the whole map makes; a map in one piece has no part number.
              const total = Number(/of (\d+)\)/.exec(piece.querySelector('.print-caption')?.textContent ?? '')?.[1] ?? 1);
              return {
                printed,
                total,
                width: rect?.width ?? 0,
                height: rect?.height ?? 0,
                labels: sizes.length,
                smallestPt: Math.min(...sizes) * 0.75,
                view: { x: view?.x ?? 0, y: view?.y ?? 0, width: view?.width ?? 0, height: view?.height ?? 0 },
              };
            }),
          ),
        );
        expect(figures.length, file).toBe(focused.length);
        for (const [f, pieces] of figures.entries()) {
          // The pieces left in the page are all printed; the others were taken out.
          const shown = pieces.filter((p) => p.printed);
          expect(shown.length, `${file} map ${f + 1}`).toBe(pieces.length);
          leftOut += (pieces[0]?.total ?? 0) - pieces.length;
          expect(shown.length, `${file} map ${f + 1}`).toBeGreaterThan(0);
          expect(
            shown.reduce((n, p) => n + p.labels, 0),
            file,
          ).toBeGreaterThan(5);
          // Every focus step is on a printed piece.
          for (const box of focus[f] ?? []) {
            const on = shown.some(
              ({ view }) => box.x < view.x + view.width && view.x < box.x + box.width && box.y < view.y + view.height && view.y < box.y + box.height,
            );
            expect(on, `${file} map ${f + 1}: a focus step at ${Math.round(box.x)},${Math.round(box.y)} is printed`).toBe(true);
          }
          for (const [i, piece] of shown.entries()) {
            // A piece with no label to measure would pass whatever its scale: every printed piece holds some.
            if (piece.labels === 0) small.push(`${file} map ${f + 1} piece ${i + 1}: no labels found`);
            else if (!(piece.smallestPt >= READABLE_PT)) small.push(`${file} map ${f + 1} piece ${i + 1}: ${piece.smallestPt.toFixed(2)} pt`);
            expect(piece.width, file).toBeLessThanOrEqual(PRINT_VIEWPORT.width);
            expect(piece.height, file).toBeLessThanOrEqual(PRINT_VIEWPORT.height);
          }
        }
        // The focus steps are highlighted in print as on screen.
        expect(await page.locator('svg.print-slice .focus-step').count(), file).toBeGreaterThan(0);
        await page.close();
      }
      expect(small).toEqual([]);
      // The reference maps are wider than a page at a readable scale, so some pieces hold no focus step and are left out.
      expect(leftOut).toBeGreaterThan(0);
      expectCleanPages();
    },
    180_000,
  );

  it('makes a PDF of a sane number of A4 pages, with the marking at the top and foot of every one', async () => {
    const scenario = guide.scenarios.find((s) => s.id === 'complaint-about-the-chief-constable');
    if (scenario === undefined) throw new Error('the reference model has the complaint scenario');
    const page = await openPrinted(await newContext(), pagePath.scenarioHandout(scenario.id));
    await expect.poll(() => page.locator('.map-figure.has-print-pages').count()).toBe(scenario.modules.length);
    const pieces = await page.locator('.print-page').count();
    const pages = await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    // Each map piece takes a page of its own; each module starts a page; the introduction takes a page or two.
    expect(pages.length).toBeGreaterThanOrEqual(pieces + 1);
    expect(pages.length).toBeLessThanOrEqual(pieces + 2 * scenario.modules.length + 3);
    for (const [i, p] of pages.entries()) {
      // A4 landscape, in points.
      expect([Math.round(p.width), Math.round(p.height)], `page ${i + 1}`).toEqual([842, 595]);
      const marks = p.texts.filter((t) => t.text.trim() === scenario.marking);
      expect(
        marks.some((t) => t.y > p.height - MARGIN_PT),
        `marking at the top of page ${i + 1}`,
      ).toBe(true);
      expect(
        marks.some((t) => t.y < MARGIN_PT),
        `marking at the foot of page ${i + 1}`,
      ).toBe(true);
    }
    await page.close();
    expectCleanPages();
  }, 120_000);
});

describe('every pack of every scenario on paper', () => {
  it('prints the marking at the top and foot of every page, and nothing of the screen controls', async () => {
    const context = await newContext();
    const unmarked: string[] = [];
    for (const scenario of guide.scenarios) {
      for (const path of PACKS) {
        const file = path(scenario.id);
        const page = await openPrinted(context, file);
        const pages = await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
        expect(pages.length, file).toBeGreaterThan(0);
        for (const [i, p] of pages.entries()) {
          const marks = p.texts.filter((t) => t.text.trim() === scenario.marking);
          if (!marks.some((t) => t.y > p.height - MARGIN_PT) || !marks.some((t) => t.y < MARGIN_PT)) unmarked.push(`${file} page ${i + 1}`);
        }
        const screenOnly = await page.evaluate(
          () =>
            [...document.querySelectorAll('.site-header, .breadcrumbs, .map-toolbar, .skip-link, .site-footer')].filter(
              (el) => el.getBoundingClientRect().height > 0,
            ).length,
        );
        expect(screenOnly, file).toBe(0);
        await page.close();
      }
    }
    expect(unmarked).toEqual([]);
    expectCleanPages();
  }, 240_000);
});

describe('the inject cards on paper', () => {
  it('puts at most four whole cards on each A4 page, each card marked at its top and foot, one page per sheet', async () => {
    const context = await newContext();
    for (const scenario of guide.scenarios) {
      const file = pagePath.scenarioCards(scenario.id);
      const page = await openPrinted(context, file);
      const injects = scenario.modules.flatMap((m) => m.injects);
      const sheets = await page.evaluate(() =>
        [...document.querySelectorAll('.card-sheet')].map((sheet) => {
          const box = sheet.getBoundingClientRect();
          const cards = [...sheet.querySelectorAll(':scope > .inject-card')].map((card) => {
            const c = card.getBoundingClientRect();
            // The words printed: a marking also names itself to a screen reader, in words that are not printed.
            const printed = (m: Element) =>
              [...m.childNodes]
                .filter((n) => !(n instanceof Element && n.classList.contains('visually-hidden')))
                .map((n) => n.textContent)
                .join('')
                .trim();
            const marks = [...card.querySelectorAll('.scenario-marking')].map((m) => ({
              text: printed(m),
              top: m.getBoundingClientRect().top - c.top,
              bottom: c.bottom - m.getBoundingClientRect().bottom,
            }));
            return { top: c.top - box.top, bottom: c.bottom - box.top, left: c.left, right: c.right, height: c.height, marks };
          });
          return { height: box.height, cards };
        }),
      );
      expect(sheets.flatMap((s) => s.cards).length, file).toBe(injects.length);
      for (const sheet of sheets) {
        expect(sheet.cards.length).toBeGreaterThan(0);
        expect(sheet.cards.length).toBeLessThanOrEqual(4);
        // A sheet fits one printed page, and every card lies wholly within its sheet: no card can be cut.
        expect(sheet.height, file).toBeLessThanOrEqual(PRINT_VIEWPORT.height);
        for (const card of sheet.cards) {
          expect(card.top).toBeGreaterThanOrEqual(0);
          expect(card.bottom).toBeLessThanOrEqual(sheet.height + 0.5);
          expect(card.right).toBeLessThanOrEqual(PRINT_VIEWPORT.width);
          expect(card.marks.map((m) => m.text)).toEqual([scenario.marking, scenario.marking]);
          // One marking at the card's top, one at its foot.
          expect(card.marks[0]?.top ?? Infinity).toBeLessThan(20);
          expect(card.marks[1]?.bottom ?? Infinity).toBeLessThan(20);
        }
      }
      // Chromium's own PDF has exactly one page per sheet: nothing spilled over.
      const pages = await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      expect(pages.length, file).toBe(sheets.length);
      await page.close();
    }
    expectCleanPages();
  }, 120_000);
});

describe('the run view on paper', () => {
  it('prints every module but no inject the players have not been given', async () => {
    const context = await newContext();
    let injects = 0;
    for (const scenario of guide.scenarios) {
      const file = pagePath.scenarioRun(scenario.id);
      const page = await openPrinted(context, file);
      const printed = await page.evaluate(() => ({
        modules: [...document.querySelectorAll('.run-module')].map((m) => m.getBoundingClientRect().height > 0),
        injects: [...document.querySelectorAll<HTMLElement>('.run-inject')].map((inject) => ({
          id: inject.dataset['inject'] ?? '',
          released: inject.hasAttribute('data-released'),
          shown: inject.getBoundingClientRect().height > 0,
        })),
      }));
      expect(printed.modules, file).toEqual(scenario.modules.map(() => true));
      expect(printed.injects.length, file).toBe(scenario.modules.flatMap((m) => m.injects).length);
      expect(
        printed.injects.filter((inject) => inject.shown || inject.released).map((inject) => inject.id),
        file,
      ).toEqual([]);
      injects += printed.injects.length;
      await page.close();
    }
    expect(injects).toBeGreaterThan(0);
    expectCleanPages();
  }, 120_000);

  it('leaves the words of every contingency inject out of the participants’ briefing and handout', async () => {
    const context = await newContext();
    let contingencies = 0;
    for (const scenario of guide.scenarios) {
      const run = await openPage(context, pagePath.scenarioRun(scenario.id));
      // Each contingency inject's words as the site shows them, a sentence at a time.
      const sentences = await run.evaluate(() =>
        [...document.querySelectorAll('.run-inject')]
          .filter((inject) => inject.querySelector('.inject-contingency') !== null)
          .flatMap((inject) => (inject.querySelector('.inject-content')?.textContent ?? '').split(/(?<=[.!?])\s+/))
          .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
          .filter((sentence) => sentence.split(' ').length >= 3),
      );
      await run.close();
      contingencies += sentences.length;
      for (const file of [pagePath.scenario(scenario.id), pagePath.scenarioHandout(scenario.id)]) {
        const page = await openPage(context, file);
        const text = (await page.evaluate(() => document.documentElement.textContent ?? '')).replace(/\s+/g, ' ');
        expect(
          sentences.filter((sentence) => text.includes(sentence)),
          file,
        ).toEqual([]);
        await page.close();
      }
    }
    // The reference scenarios have contingency injects, so the check above had words to look for.
    expect(contingencies).toBeGreaterThan(0);
    expectCleanPages();
  }, 120_000);
});

describe('axe-core', () => {
  it('finds nothing on the handout, the guide and the cards of every scenario', async () => {
    const context = await newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const violations: string[] = [];
    for (const scenario of guide.scenarios) {
      for (const path of PACKS) {
        const file = path(scenario.id);
        const page = await openPage(context, file, true);
        violations.push(...(await axeViolations(page, file)));
        await page.close();
      }
    }
    expect(violations).toEqual([]);
    expectCleanPages();
  }, 240_000);
});
