import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { guide } from '@opcc/guide';
import { buildSite } from '@opcc/site';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../support/temp-tree.js';
import { launchChromium } from './chromium.js';
import { pageOpener } from './open-page.js';
import { axeViolations } from './page-checks.js';

// The participant edition of the reference site, opened from file:// in real Chromium: the run view works without the
// facilitator's material, and the scenarios index says which edition it is.

const temp = tempDirs();
let browser: Browser;
let out: string;
const pages = pageOpener(() => ({
  browser,
  url: (file) => {
    const [path = '', hash] = file.split('#');
    return pathToFileURL(join(out, path)).href + (hash === undefined ? '' : `#${hash}`);
  },
}));

beforeAll(async () => {
  out = join(temp('participant-site'), 'site');
  await buildSite(guide, { out, audience: 'participants' });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await pages.closeAll();
  await browser?.close();
});

const shownModule = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('section.run-module')].find((m) => !m.hidden && m.offsetParent !== null)?.dataset['module']);

describe('the participant edition in a browser', () => {
  it('runs a scenario: injects released one at a time, none held back for a contingency, and Next goes on along the route', async () => {
    const withBoth = (m: (typeof guide.scenarios)[number]['modules'][number]) =>
      m.injects.some((i) => i.contingency !== undefined) && m.injects.some((i) => i.contingency === undefined);
    const s = guide.scenarios.find((x) => x.modules.some(withBoth));
    const m = s?.modules.find(withBoth);
    if (s === undefined || m === undefined) throw new Error('the reference model has a module with planned and contingency injects');
    const page = await pages.open(`scenario-${s.id}-run.html#module-${m.id}`);
    await page.waitForSelector('.run-controls:not([hidden])');
    expect(await shownModule(page)).toBe(m.id);
    const injects = page.locator(`section#module-${m.id} li.run-inject`);
    const visible = () => injects.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    const planned = m.injects.filter((i) => i.contingency === undefined);
    expect(await injects.count()).toBe(planned.length);
    expect(await visible()).toBe(0);
    for (let n = 1; n <= planned.length; n++) {
      await page.locator(`section#module-${m.id} [data-run-action="release"]`).click();
      expect(await visible()).toBe(n);
    }
    expect(await page.locator(`section#module-${m.id} [data-run-action="release"]`).isVisible()).toBe(false);
    expect(await page.locator('[data-run-action="release-contingency"]').count()).toBe(0);

    // From a first module where no choice decides the route, Next goes to the module the route goes on to.
    const goesOn = guide.scenarios.find((x) => {
      const start = x.modules[0];
      return start !== undefined && start.end !== true && !start.questions.some((q) => q.options.length > 0 && q.options.every((o) => o.next !== undefined));
    });
    if (goesOn === undefined) throw new Error('the reference model has a scenario whose first module goes on by itself');
    const run = await pages.open(`scenario-${goesOn.id}-run.html`);
    await run.waitForSelector('.run-controls:not([hidden])');
    expect(await shownModule(run)).toBe(goesOn.modules[0]?.id);
    await run.locator('[data-run-action="next"]').click();
    expect(await shownModule(run)).toBe(goesOn.modules[0]?.next ?? goesOn.modules[1]?.id);
    expect(pages.problems).toEqual([]);
  });

  it('says on the scenarios index that it is the participant edition, links to no staff page, and passes axe', async () => {
    const page = await pages.open('scenarios.html', { bypassCSP: true });
    expect(await page.locator('.participant-edition').innerText()).toBe('Participant edition: facilitator material is not included.');
    const hrefs = await page.locator('.scenario-views a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBe(guide.scenarios.length * 3);
    expect(hrefs.filter((href) => /-(facilitator|guide|cards)\.html$/.test(href))).toEqual([]);
    expect(await axeViolations(page, 'scenarios.html')).toEqual([]);
  });
});
