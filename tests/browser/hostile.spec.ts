import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteFiles } from '@opcc/site';
import { hostileModel } from '../fixtures/hostile-model.js';
import { buildFixtureSite } from './build-fixture-site.js';
import { launchChromium } from './chromium.js';
import { injectedAttributes } from './page-checks.js';

let browser: Browser;
let site: Awaited<ReturnType<typeof buildFixtureSite>>;

beforeAll(async () => {
  site = await buildFixtureSite(hostileModel(), 'hostile');
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('a site built from a hostile model', () => {
  const pages = () =>
    readdirSync(site.out)
      .filter((f) => f.endsWith('.html'))
      .sort();

  it('has only the site’s own script tags in any page', () => {
    for (const file of pages()) {
      const text = readFileSync(join(site.out, file), 'utf8');
      const scripts = [...text.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
      expect(
        scripts.every((s) => /^<script src="assets\/(?:opcc|search-index|search)\.js" defer>$/.test(s)),
        file,
      ).toBe(true);
    }
  });

  it('is the same, byte for byte, each time it is built', async () => {
    const again = (await siteFiles(hostileModel())).files;
    expect(pages().every((file) => again.get(file) === readFileSync(join(site.out, file), 'utf8'))).toBe(true);
  });

  it('runs nothing when every page is opened and clicked through', async () => {
    const context = await browser.newContext();
    const events: string[] = [];
    for (const file of pages()) {
      const page = await context.newPage();
      page.on('dialog', (d) => {
        events.push(`dialog on ${file}`);
        void d.dismiss();
      });
      page.on('pageerror', (e) => events.push(`error on ${file}: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && events.push(`console on ${file}: ${m.text()}`));
      await page.goto(site.url(file));
      // As the browser parsed it: no element carries an event handler or a script link.
      events.push(...(await injectedAttributes(page)).map((i) => `${file}: ${i}`));
      // No link from the model survives in any spelling, and none leads off the site but to http(s) or mail.
      events.push(...(await activeLinkProblems(page)).map((p) => `${file}: ${p}`));
      await clickEveryShape(page);
      events.push(...(await page.evaluate(() => ('__pwned' in window ? ['script ran'] : []))));
      expect(await page.locator('body').innerText(), file).toContain('<script>window.__pwned=1</script>');
      await page.close();
    }
    await context.close();
    expect(events).toEqual([]);
  }, 120_000);

  it('shows the scenario’s text and runs none of it on its index, briefing, run, facilitator and print pages, with everything opened', async () => {
    const events: string[] = [];
    const id = 'hostile-scenario';
    const files = ['scenarios.html', ...['', '-run', '-facilitator', '-handout', '-guide', '-cards'].map((view) => `scenario-${id}${view}.html`)];
    const modules: Record<string, number> = {};
    for (const file of files) {
      // A context of its own for each page: the run and facilitator views share the run kept in browser storage.
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('dialog', (d) => {
        events.push(`dialog on ${file}`);
        void d.dismiss();
      });
      page.on('pageerror', (e) => events.push(`error on ${file}: ${e.message}`));
      await page.goto(site.url(file));
      if (file.endsWith('-run.html') || file.endsWith('-facilitator.html')) {
        modules[file] = await openEveryModule(page);
        // After a choice, "next" follows its branch: the route is walked as well as the list.
        await page.locator('.run-contents summary').click();
        await page.locator('.run-contents a[href="#module-opening"]').click();
        // Both options are open: closing the one opened last and opening it again makes it the choice.
        await page.locator('section#module-opening [data-option="right"] summary').click();
        await page.locator('section#module-opening [data-option="right"] summary').click();
        await page.locator('[data-run-action="next"]').click();
        expect(await page.locator('section.run-module:not([hidden])').getAttribute('data-module'), file).toBe('right-branch');
      }
      for (const summary of await page.locator('main details:not([open]) > summary').all()) if (await summary.isVisible()) await summary.click();
      events.push(...(await injectedAttributes(page)).map((i) => `${file}: ${i}`));
      events.push(...(await activeLinkProblems(page)).map((p) => `${file}: ${p}`));
      events.push(...(await page.evaluate(() => ('__pwned' in window ? ['script ran'] : []))).map((x) => `${file}: ${x}`));
      const text = await page.locator('main').innerText();
      expect(text, file).toContain('<script>window.__pwned=1</script>');
      expect(text, file).toContain('Scenario <script>');
      await context.close();
    }
    expect(modules).toEqual({ [`scenario-${id}-run.html`]: 4, [`scenario-${id}-facilitator.html`]: 4 });
    expect(events).toEqual([]);
  }, 120_000);

  it('fetches nothing from off the machine, even with the pages’ security policy switched off', async () => {
    // bypassCSP stands for a copy of a page that lost its policy: only the markup keeps requests in.
    const context = await browser.newContext({ bypassCSP: true });
    const offMachine = recordRequestsOffMachine(context);
    const embedded: string[] = [];
    for (const file of pages()) {
      const page = await context.newPage();
      await page.goto(site.url(file) + (file === 'search.html' ? '?q=remote' : ''));
      await clickEveryShape(page);
      embedded.push(
        ...(await page.evaluate(() =>
          [...document.querySelectorAll('img, image, picture, source, video, audio, iframe, object, embed')].map((e) => e.outerHTML),
        )),
      );
      await page.close();
    }
    // The recorder does see a request that leaves the machine in this context.
    const probe = await context.newPage();
    await probe.goto(site.url('index.html'));
    await probe.evaluate(
      () => new Promise((done) => Object.assign(document.body.appendChild(new Image()), { onerror: done, onload: done, src: 'https://example.org/probe.png' })),
    );
    await probe.close();
    await context.close();
    expect(embedded).toEqual([]);
    expect(offMachine).toEqual(['https://example.org/probe.png']);
  }, 120_000);

  it('shows remote and local images as links to their addresses, named by their alt text', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url('index.html'));
    const links = await page
      .locator('main a.image-link')
      .evaluateAll((els) => [...new Set(els.map((a) => `${a.textContent} -> ${a.getAttribute('href')}`))].sort());
    expect(links).toEqual([
      'by reference -> https://example.org/by-reference.png',
      'local -> images/local.png',
      'remote logo -> https://example.org/logo.png',
      'titled -> https://example.org/t.png',
    ]);
    // An image inside a link is its alt text there; links cannot nest.
    expect(await page.locator('main a[href="https://example.org/"]').first().innerText()).toBe('image in a link');
    await context.close();
  });

  it('ignores a fragment that cannot be decoded, and still selects shapes', async () => {
    const context = await browser.newContext();
    const errors: string[] = [];
    for (const file of pages().filter((f) => f.startsWith('map-'))) {
      for (const fragment of ['#%', '#%E0%A4%A', '#%zz', '#step-%E2%80', '#%25%']) {
        const page = await context.newPage();
        page.on('pageerror', (e) => errors.push(`${file}${fragment}: ${e.message}`));
        await page.goto(site.url(file) + fragment);
        await clickEveryShape(page);
        // A fragment changed after the page has loaded, as a link within the page would.
        await page.evaluate((f) => (location.hash = f), fragment);
        const last = page.locator('svg [data-step]').last();
        await last.focus();
        await last.click();
        expect(await page.locator('#opcc-panel').isVisible(), `${file}${fragment}`).toBe(true);
        expect(await last.getAttribute('class'), `${file}${fragment}`).toContain('is-selected');
        await page.close();
      }
    }
    await context.close();
    expect(errors).toEqual([]);
  }, 120_000);

  it('keeps the site’s own words left to right after model text with bidi controls', async () => {
    const context = await browser.newContext();
    // [page, where, words the site wrote after model text in the same line of text]; the last
    // is a drawing's label after a label that leaves an override open.
    const probes: Array<[string, string, string]> = [
      ['maps.html', 'main li .meta', 'steps'],
      ['map-map.html', 'figcaption', 'process map'],
      ['compare-a-b.html', 'h1', 'compared'],
      ['glossary.html', '.accountability dd', 'responsible'],
      ['outcomes-of.html', 'main .meta', 'contributes to'],
      ['collaboration-c.html', 'dd', '100%'],
      ['search.html?q=start', '#opcc-search-results .meta', 'Step in'],
      ['search.html?q=abc%E2%81%A9%E2%80%AEdef', '#opcc-search-status', 'result'],
      ['map-map.html', 'svg .legend text', 'Second lane'],
    ];
    const reversed: string[] = [];
    for (const [file, selector, words] of probes) {
      const page = await context.newPage();
      const [name = file, query] = file.split('?');
      await page.goto(site.url(name) + (query === undefined ? '' : `?${query}`));
      const order = await lettersLeftToRight(page, selector, words);
      if (order !== 'left to right') reversed.push(`${file} ${selector} "${words}": ${order}`);
      await page.close();
    }
    await context.close();
    expect(reversed).toEqual([]);
  }, 120_000);
});

// Every module of a run or facilitator view in turn, from the list of modules, with each of its options, model answers
// and injects opened; the number of modules shown.
async function openEveryModule(page: Page): Promise<number> {
  const links = await page.locator('.run-contents a').all();
  for (const link of links) {
    await page.locator('.run-contents summary').click();
    await link.click();
    const module = page.locator('section.run-module:not([hidden])');
    for (const summary of await module.locator('summary').all()) await summary.click();
    for (const reveal of await module.locator('button.reveal-answer').all()) await reveal.click();
    const release = module.locator('[data-run-action="release"]');
    while ((await release.count()) > 0 && (await release.isVisible())) await release.click();
  }
  return links.length;
}

// As a keyboard or mouse user would: bring each shape into view (focus does), then click it.
async function clickEveryShape(page: Page): Promise<void> {
  for (const shape of await page.locator('svg [data-step]').all()) {
    // A scenario's run shows one module's map at a time; the others are hidden until their module is.
    if (!(await shape.isVisible())) continue;
    await shape.focus();
    await shape.click();
  }
}

// Every request that is not for a file on this machine, refused before it goes out.
function recordRequestsOffMachine(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith('file:') && !seen.includes(request.url())) seen.push(request.url());
  });
  void context.route(
    (url) => url.protocol !== 'file:',
    (route) => route.abort(),
  );
  return seen;
}

// Links as the browser resolved them: only to this machine's files, http(s) or mail, and none of
// the disguised addresses of the hostile model in any spelling.
async function activeLinkProblems(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement | SVGAElement>('a[href], [*|href]')].flatMap((a) => {
      const raw = a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '';
      const url = new URL(raw, location.href);
      let decoded = raw;
      try {
        decoded = decodeURIComponent(raw);
      } catch {
        // Keep the address as it is written.
      }
      const problems = [];
      if (!['file:', 'http:', 'https:', 'mailto:'].includes(url.protocol)) problems.push(`${url.protocol} link`);
      if (url.protocol === 'file:' && url.host !== '') problems.push('link to another machine');
      if (/pwned|msgbox|passwd|share|example\.org\/x|masked/i.test(decoded)) problems.push('disguised link');
      return problems.map((p) => `${p}: ${raw}`);
    }),
  );
}

// Whether the letters of `words`, where the site wrote them in the first element matching
// `selector`, are laid out left to right on the screen, as each character's box shows.
async function lettersLeftToRight(page: Page, selector: string, words: string): Promise<string> {
  await page.locator(selector).first().waitFor({ state: 'attached' });
  return page.evaluate(
    ([selector, words]) => {
      for (const root of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(words) ?? -1;
          if (at < 0) continue;
          const lefts = [...words].map((_, i) => {
            const range = document.createRange();
            range.setStart(node, at + i);
            range.setEnd(node, at + i + 1);
            return range.getBoundingClientRect().left;
          });
          const spaced = lefts.filter((_, i) => words[i] !== ' ');
          return spaced.every((x, i) => i === 0 || x > (spaced[i - 1] ?? x)) ? 'left to right' : `laid out at ${spaced.map(Math.round).join(', ')}`;
        }
      }
      return 'not found';
    },
    [selector, words] as const,
  );
}
