import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileModel } from '../fixtures/hostile-model.js';
import { buildFixtureSite } from './build-fixture-site.js';
import { launchChromium } from './chromium.js';

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
  const pages = () => readdirSync(site.out).filter((f) => f.endsWith('.html')).sort();

  it('has only the site’s own script tags in any page', () => {
    for (const file of pages()) {
      const text = readFileSync(join(site.out, file), 'utf8');
      const scripts = [...text.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
      expect(scripts.every((s) => /^<script src="assets\/(?:opcc|search-index|search)\.js" defer>$/.test(s)), file).toBe(true);
    }
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
      const injected = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes]
            .filter((a) => /^on/i.test(a.name) || (/^(?:href|src|xlink:href|action|formaction)$/i.test(a.name) && /^\s*(?:javascript|data|vbscript):/i.test(a.value)))
            .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`),
        ),
      );
      events.push(...injected.map((i) => `${file}: ${i}`));
      // As a keyboard or mouse user would: bring each shape into view (focus does), then click it.
      for (const shape of await page.locator('svg [data-step]').all()) {
        await shape.focus();
        await shape.click();
      }
      events.push(...(await page.evaluate(() => ('__pwned' in window ? ['script ran'] : []))));
      expect(await page.locator('body').innerText(), file).toContain('<script>window.__pwned=1</script>');
      await page.close();
    }
    await context.close();
    expect(events).toEqual([]);
  }, 120_000);
});
