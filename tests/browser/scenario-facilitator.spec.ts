import { readFileSync } from 'node:fs';
import type { Scenario, ScenarioId } from '@opcc/core';
import { guide } from '@opcc/guide';
import { pagePath } from '@opcc/site';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, HOSTILE_MARKDOWN } from '../fixtures/hostile-model.js';
import { buildFixtureSite } from './build-fixture-site.js';
import { launchChromium } from './chromium.js';
import { axeViolations, injectedAttributes } from './page-checks.js';

// The facilitator's view of the reference scenarios, opened from file:// in Chromium, with one more scenario whose every
// text field is hostile. The site is built once for the whole file.

const complaint = guide.scenarios.find((s) => s.id === 'complaint-about-the-chief-constable')!;
const first100 = guide.scenarios.find((s) => s.id === 'first-100-days')!;

/** The complaint scenario with markup, script and disguised links in every field that holds text. */
function hostileScenario(base: Scenario): Scenario {
  return {
    ...base,
    id: 'hostile-scenario' as ScenarioId,
    title: HOSTILE,
    summary: HOSTILE_MARKDOWN,
    audience: HOSTILE,
    marking: HOSTILE,
    version: HOSTILE,
    setting: HOSTILE_MARKDOWN,
    scenarioStart: HOSTILE,
    debrief: HOSTILE_MARKDOWN,
    objectives: base.objectives.map((o) => ({ ...o, text: HOSTILE_MARKDOWN, observe: HOSTILE_MARKDOWN })),
    roles: base.roles.map((r) => ({ ...r, title: HOSTILE, briefing: HOSTILE_MARKDOWN })),
    modules: base.modules.map((m) => ({
      ...m,
      title: HOSTILE,
      narrative: HOSTILE_MARKDOWN,
      injects: m.injects.map((i) => ({ ...i, content: HOSTILE_MARKDOWN, scenarioTime: HOSTILE })),
      questions: m.questions.map((q) => ({
        ...q,
        prompt: HOSTILE_MARKDOWN,
        answer: HOSTILE_MARKDOWN,
        points: [HOSTILE],
        options: q.options.map((o) => ({ ...o, text: HOSTILE, feedback: HOSTILE_MARKDOWN })),
      })),
    })),
  };
}
const hostile = hostileScenario(complaint);

let browser: Browser;
let context: BrowserContext;
let site: Awaited<ReturnType<typeof buildFixtureSite>>;
const problems: string[] = [];

beforeAll(async () => {
  site = await buildFixtureSite({ ...guide, scenarios: [...guide.scenarios, hostile] }, 'facilitator');
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  // Nothing may leave the machine: pages and their downloads come from disk and from the page itself.
  context.on('request', (request) => {
    if (!/^(?:file|blob):/.test(request.url())) problems.push(`network request: ${request.url()}`);
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

async function open(scenario: Scenario): Promise<Page> {
  const tab = await context.newPage();
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await tab.goto(site.url(pagePath.scenarioFacilitator(scenario.id)));
  return tab;
}

/** Clicks a download button and gives back the file the browser saved, its name and the address it came from. */
async function downloaded(page: Page, button: string): Promise<{ name: string; url: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), page.click(button)])) as [Download, void];
  const path = await download.path();
  const result = { name: download.suggestedFilename(), url: download.url(), text: readFileSync(path, 'utf8') };
  await download.delete();
  return result;
}

describe('the facilitator view from file://', () => {
  it('keeps the model answers hidden until the facilitator reveals them, then shows them', async () => {
    const page = await open(complaint);
    const question = complaint.modules[0]!.questions[0]!;
    const button = page.locator(`button[aria-controls="answer-${complaint.modules[0]!.id}-${question.id}"]`);
    const box = page.locator(`#answer-${complaint.modules[0]!.id}-${question.id}`);
    const answerStart = question.answer!.split(/\s+/).slice(0, 6).join(' ');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await box.isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).not.toContain(answerStart);
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await box.isVisible()).toBe(true);
    expect((await box.innerText()).replace(/\s+/g, ' ')).toContain(answerStart);
    expect(await box.innerText()).toContain(question.points[0]!);
    // By keyboard, it closes again.
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await box.isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('keeps typed notes and ratings over a reload, and puts them in both downloads', async () => {
    const page = await open(complaint);
    const moduleNote = `#notes-module-${complaint.modules[0]!.id}`;
    const objective = complaint.objectives[1]!;
    await page.fill(moduleNote, 'PSD offered to take it; declined.\nSecond line, "quoted", =1+2');
    await page.check(`input[name="objective-${objective.id}-rating"][value="M"]`);
    await page.fill(`#objective-${objective.id}-notes`, 'Referral came only after the IOPC called.');
    await page.fill('#aa-strengths', 'Recorded at once');
    await page.fill('#aa-improvements', '@Late press line');
    await page.fill('#action-text', 'Write a referral checklist');
    await page.selectOption('#action-objective', objective.id);
    await page.fill('#action-owner', 'Chief executive');
    await page.fill('#action-due', '2026-12-31');
    await page.click('#action-add');
    await page.reload();
    expect(await page.inputValue(moduleNote)).toBe('PSD offered to take it; declined.\nSecond line, "quoted", =1+2');
    expect(await page.isChecked(`input[name="objective-${objective.id}-rating"][value="M"]`)).toBe(true);
    expect(await page.inputValue(`#objective-${objective.id}-notes`)).toBe('Referral came only after the IOPC called.');
    expect(await page.inputValue('#aa-strengths')).toBe('Recorded at once');
    expect(await page.locator('#action-entries tr').allInnerTexts()).toEqual([expect.stringContaining('Write a referral checklist')]);

    const md = await downloaded(page, '#export-markdown');
    expect(md.url).toMatch(/^blob:/);
    expect(md.name).toBe(`after-action-${complaint.id}-v${complaint.version}.md`);
    expect(md.text).toContain('Rating: Performed with major challenges (M)');
    expect(md.text).toContain('Referral came only after the IOPC called.');
    expect(md.text).toContain('PSD offered to take it; declined.');
    expect(md.text).toContain('- Recorded at once');
    expect(md.text).toContain('| Write a referral checklist | Chief executive | 2026-12-31 |');
    expect(md.text.split('\n')[0]).toBe(`**${complaint.marking}**`);

    const csv = await downloaded(page, '#export-csv');
    expect(csv.name).toBe(`after-action-${complaint.id}-v${complaint.version}.csv`);
    expect(csv.text).toContain('Objective,');
    expect(csv.text).toContain('Performed with major challenges,Referral came only after the IOPC called.');
    expect(csv.text).toContain('"PSD offered to take it; declined.\nSecond line, ""quoted"", =1+2"');
    expect(csv.text).toContain("Area for improvement,,,'@Late press line");
    expect(csv.text).toContain('Corrective action,');
    expect(csv.text).toContain('Write a referral checklist,,,Chief executive,2026-12-31');
    await page.close();
  });

  it('keeps the decision log’s entries, and removes only the one asked', async () => {
    const page = await open(first100);
    const role = first100.roles[0]!;
    await page.fill('#decision-time', '10:05');
    await page.selectOption('#decision-role', role.id);
    await page.fill('#decision-text', 'Publish the draft plan for consultation.');
    await page.click('#decision-add');
    await page.selectOption('#decision-role', '');
    await page.fill('#decision-text', 'Hold a panel briefing first.');
    await page.click('#decision-add');
    // A decision with no text is not logged.
    await page.click('#decision-add');
    await page.reload();
    const rows = page.locator('#decision-entries tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).locator('td').allInnerTexts()).toEqual(['10:05', role.title, 'Publish the draft plan for consultation.', 'Remove']);
    expect(await rows.nth(1).locator('td').allInnerTexts()).toEqual([
      expect.stringMatching(/^\d\d:\d\d$/),
      'Whole team',
      'Hold a panel briefing first.',
      'Remove',
    ]);
    await rows.nth(0).getByRole('button', { name: 'Remove the decision logged at 10:05' }).click();
    await page.reload();
    expect(await page.locator('#decision-entries tr').allInnerTexts()).toEqual([expect.stringContaining('Hold a panel briefing first.')]);
    // Notes of one scenario do not show in another's page.
    const other = await open(complaint);
    expect(await other.locator('#decision-entries tr').allInnerTexts()).not.toContainEqual(expect.stringContaining('Hold a panel briefing first.'));
    await other.close();
    await page.close();
  });

  it('clears a scenario’s notes only once the facilitator confirms', async () => {
    const page = await open(first100);
    const note = `#notes-module-${first100.modules[0]!.id}`;
    await page.fill(note, 'To be cleared');
    await page.click('#notes-clear');
    expect(await page.isVisible('#clear-confirm')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('clear-no');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('#clear-confirm')).toBe(false);
    expect(await page.inputValue(note)).toBe('To be cleared');
    await page.click('#notes-clear');
    await page.click('#clear-yes');
    expect(await page.inputValue(note)).toBe('');
    expect(await page.locator('#decision-entries tr').count()).toBe(0);
    await page.reload();
    expect(await page.inputValue(note)).toBe('');
    expect(await page.locator('#decision-entries tr').count()).toBe(0);
    // The complaint scenario's notes, from the test before, are still there.
    const other = await open(complaint);
    expect(await other.inputValue('#aa-strengths')).toBe('Recorded at once');
    await other.close();
    await page.close();
  });

  it('lets the keyboard reach every control, and rate an objective with the arrow keys', async () => {
    const page = await open(complaint);
    // A table of entries shows only when it has some; one entry each makes their remove buttons part of the walk.
    await page.fill('#decision-text', 'Refer today.');
    await page.click('#decision-add');
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('main *')) el.addEventListener('focus', () => el.setAttribute('data-reached', ''));
    });
    await page.locator('body').focus();
    for (let i = 0; i < 400; i++) await page.keyboard.press('Tab');
    const { missed, count } = await page.evaluate(() => {
      // What a closed disclosure holds (the list of modules, say) is out of the walk until it is opened.
      const visible = (el: Element) =>
        ((el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0) && el.closest('details:not([open]) > :not(summary)') === null;
      const controls = [...document.querySelectorAll('main button, main input, main select, main textarea, main a[href], main summary')].filter(
        (el) => visible(el) && !(el as HTMLButtonElement).disabled,
      );
      // Tab reaches one radio of a group; the arrow keys move within it.
      const groups = new Set<string>();
      const missed = controls
        .filter((el) => {
          if (!(el instanceof HTMLInputElement && el.type === 'radio')) return true;
          if (groups.has(el.name)) return false;
          groups.add(el.name);
          return ![...document.querySelectorAll(`input[name="${el.name}"]`)].some((r) => r.hasAttribute('data-reached'));
        })
        .filter((el) => !el.hasAttribute('data-reached'))
        .map((el) => el.outerHTML.slice(0, 120));
      return { missed, count: controls.length };
    });
    // The module in view, its answer buttons, notes, the events list's links, every rating and field, downloads and clear.
    expect(count).toBeGreaterThan(40);
    expect(missed).toEqual([]);
    const objective = complaint.objectives[0]!;
    await page.focus(`input[name="objective-${objective.id}-rating"][value=""]`);
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked(`input[name="objective-${objective.id}-rating"][value="P"]`)).toBe(true);
    await page.reload();
    expect(await page.isChecked(`input[name="objective-${objective.id}-rating"][value="P"]`)).toBe(true);
    await page.close();
  }, 120_000);

  it('passes axe-core on every reference scenario’s page, and with answers revealed and every list filled', async () => {
    // axe is injected as a script, which the page's own policy rightly forbids; only this context bypasses it.
    const axeContext = await browser.newContext({ bypassCSP: true });
    const found: string[] = [];
    for (const scenario of guide.scenarios) {
      const page = await axeContext.newPage();
      await page.goto(site.url(pagePath.scenarioFacilitator(scenario.id)));
      found.push(...(await axeViolations(page, scenario.id)));
      await page.close();
    }
    const page = await axeContext.newPage();
    await page.goto(site.url(pagePath.scenarioFacilitator(complaint.id)));
    for (const button of await page.locator('button.reveal-answer:visible').all()) await button.click();
    await page.fill('#decision-text', 'Refer today.');
    await page.click('#decision-add');
    await page.fill('#action-text', 'Checklist');
    await page.click('#action-add');
    await page.click('#notes-clear');
    found.push(...(await axeViolations(page, `${complaint.id}, filled in`)));
    expect(guide.scenarios.length).toBeGreaterThanOrEqual(5);
    expect(found).toEqual([]);
    await axeContext.close();
  }, 180_000);

  it('runs nothing from hostile text in any scenario field, on the page or in the Markdown download', async () => {
    const page = await open(hostile);
    for (const button of await page.locator('button.reveal-answer').all()) await button.evaluate((b: HTMLButtonElement) => b.click());
    await page.fill(`#notes-module-${hostile.modules[0]!.id}`, HOSTILE);
    await page.fill('#decision-text', HOSTILE);
    await page.click('#decision-add');
    await page.fill('#action-text', HOSTILE);
    await page.fill('#action-owner', HOSTILE);
    await page.click('#action-add');
    await page.reload();
    expect(await injectedAttributes(page)).toEqual([]);
    expect(await page.locator('h1').innerText()).toContain(HOSTILE);
    expect(await page.locator('#decision-entries').innerText()).toContain(HOSTILE);
    const md = await downloaded(page, '#export-markdown');
    // Plain text: every character that could open markup, a link or an image is escaped.
    expect(md.text).not.toMatch(/(?<!\\)[<>[\]`]/);
    expect(md.text).toContain('\\<script\\>window.\\_\\_pwned=1\\</script\\>');
    expect(md.name).toMatch(/^after-action-hostile-scenario-v[\w.-]+\.md$/);
    const csv = await downloaded(page, '#export-csv');
    expect(csv.text).toContain(HOSTILE.replace(/"/g, '""'));
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
    await page.close();
  }, 120_000);

  it('made no network request, logged no error and opened no dialog', () => {
    expect(problems).toEqual([]);
  });
});
