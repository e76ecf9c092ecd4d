import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyChangeSet, impact, loadModel, type Model } from '@opcc/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../support/temp-tree.js';
import { buildFixtureSite } from './build-fixture-site.js';
import { launchChromium } from './chromium.js';
import { pageOpener } from './open-page.js';

// The options-for-change pages of the reference model with two options of the tests' own (one that applies, with
// hostile text in its title and rationale, and one that no longer applies), from file:// in real Chromium.

const HOSTILE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';
const OPTIONS = `kind: change-set
id: fixture-force-report
title: 'Let the force draft the annual report ${HOSTILE}'
status: proposed
rationale: |
  The force holds the figures, so **drafting moves** to it. ${HOSTILE}
changes:
  - { change: move-step, map: annual-report, step: draft-report, from: opcc, lane: force }
  - { change: update-step, map: annual-report, step: force-input, set: { title: Force gathers the year's figures } }
  - { change: remove-step, map: annual-report, step: report }
  - change: add-step
    map: annual-report
    step: { id: easy-read, kind: activity, title: Publish an easy-read summary, lane: opcc }
    after: respond-and-publish
    before: end
  - { change: set-accountability, profile: northshire, code: 1.4.3.1, responsible: chief-constable }
  - { change: move-lane, map: police-and-crime-plan, lane: public, before: opcc }
---
kind: change-set
id: fixture-stale
title: An option the model has moved on from
status: rejected
rationale: Written against an older model.
changes:
  - { change: move-step, map: annual-report, step: draft-the-report, lane: force }
`;

const temp = tempDirs();
let browser: Browser;
let model: Model;
let site: Awaited<ReturnType<typeof buildFixtureSite>>;
const { open, problems, closeAll } = pageOpener(() => ({ browser, url: (file) => site.url(file) }));

beforeAll(async () => {
  const dir = join(temp('options-model'), 'model');
  cpSync(fileURLToPath(new URL('../../packages/guide/model', import.meta.url)), dir, { recursive: true });
  mkdirSync(join(dir, 'options'), { recursive: true });
  writeFileSync(join(dir, 'options', 'fixture-options.yaml'), OPTIONS);
  const loaded = await loadModel(dir);
  // The loader finds the stale option's problem too; the site is built all the same, to show what it says of such an option.
  const stale = (d: { message: string }) => d.message.includes('"draft-the-report"');
  expect(loaded.diagnostics.some(stale)).toBe(true);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error' && !stale(d)).map((d) => d.message)).toEqual([]);
  model = loaded.model;
  site = await buildFixtureSite(model, 'options');
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await closeAll();
  await browser?.close();
});

const applying = () => model.changeSets.filter((c) => !applyChangeSet(model, c).diagnostics.some((d) => d.severity === 'error'));

describe('the options for change from file://', () => {
  it('are reached from the navigation, and the index links every option', async () => {
    const page = await open('index.html');
    await page.locator('.site-nav a', { hasText: 'Options for change' }).click();
    await page.waitForURL(/options\.html$/);
    const rows = await page.locator('table.options-compare tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-option')));
    expect(rows).toEqual(model.changeSets.map((c) => c.id));
    expect(await page.locator('tr[data-option="fixture-stale"]').innerText()).toContain('Does not apply');
    await page.close();
  });

  it('give each option that applies the figures of its impact report in its row of the index', async () => {
    const page = await open('options.html');
    // An option with a change that cannot be made has one cell saying so instead (see the test of the stale option below).
    const cannot = new Set(['change-target-missing', 'change-conflict', 'change-invalid']);
    const reported = applying().filter((o) => !applyChangeSet(model, o).diagnostics.some((d) => cannot.has(d.code)));
    expect(reported.map((o) => o.id)).not.toContain('fixture-stale');
    for (const option of reported) {
      const s = impact(model, applyChangeSet(model, option).model).summary;
      const cells = await page.locator(`tr[data-option="${option.id}"] td`).allInnerTexts();
      expect(cells.slice(1), option.id).toEqual([
        `${s.entriesMoved}`,
        `${s.gapsCreated} / ${s.gapsResolved}`,
        `${s.overlapsCreated} / ${s.overlapsResolved}`,
        `${s.boundaryConflicts} / ${s.boundaryConflictsResolved}`,
        `${s.handOffsAdded} / ${s.handOffsRemoved}`,
        `${s.mapsTouched}`,
        `${s.partiesAffected}`,
        `${s.collaborationsChanged}`,
      ]);
    }
    // The reference options between them move entries, add and remove hand-offs, and create boundary conflicts.
    const summaries = reported.map((o) => impact(model, applyChangeSet(model, o).model).summary);
    expect(summaries.some((s) => s.entriesMoved > 0 && s.handOffsRemoved > 0)).toBe(true);
    expect(summaries.some((s) => s.boundaryConflicts > 0)).toBe(true);
    await page.close();
  });

  it('mark exactly the shapes impact says changed, in the changes view only', async () => {
    const options = applying();
    expect(options.map((o) => o.id)).toContain('fixture-force-report');
    for (const option of options) {
      const report = impact(model, applyChangeSet(model, option).model);
      const page = await open(`option-${option.id}.html`);
      const maps = await page.locator('section.change-views').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-map')));
      expect(maps).toEqual(report.maps.map((m) => m.map));
      for (const change of report.maps) {
        const section = page.locator(`section.change-views[data-map="${change.map}"]`);
        const marks = async (view: string) =>
          Object.fromEntries(
            await section
              .locator(`[data-view="${view}"] svg [data-step][data-change]`)
              .evaluateAll((shapes) => shapes.map((s) => [s.getAttribute('data-step'), s.getAttribute('data-change')] as const)),
          );
        const moved = new Set(change.steps.moved.map((s) => s.step as string));
        const expected = {
          ...Object.fromEntries(change.steps.changed.filter((s) => !moved.has(s.id)).map((s) => [s.id, 'changed'])),
          ...Object.fromEntries(change.steps.moved.map((s) => [s.step, 'moved'])),
          ...Object.fromEntries(change.steps.added.map((s) => [s.step, 'added'])),
          ...Object.fromEntries(change.steps.removed.map((s) => [s.step, 'removed'])),
        };
        expect(await marks('changes'), `${option.id} ${change.map}`).toEqual(expected);
        expect(await marks('as-is')).toEqual({});
        expect(await marks('to-be')).toEqual({});
        // Lanes are marked on their headers: added, removed, changed (their party or title), or moved when impact says the
        // lanes were reordered (which of them moved is the drawing's reading of the new order: one of the reordered lanes).
        const laneMarks = async (view: string) =>
          Object.fromEntries(
            await section
              .locator(`[data-view="${view}"] svg [data-lane][data-change]`)
              .evaluateAll((headers) => headers.map((h) => [h.getAttribute('data-lane'), h.getAttribute('data-change')] as const)),
          );
        const moves = Object.entries(await laneMarks('changes')).flatMap(([lane, kind]) => (kind === 'moved' ? [lane] : []));
        if (change.lanes.reordered === undefined) expect(moves, `${option.id} ${change.map} lanes moved`).toEqual([]);
        else expect(moves.length > 0 && moves.every((l) => change.lanes.reordered?.map(String).includes(l)), `${change.map} lanes moved`).toBe(true);
        const lanes = {
          ...Object.fromEntries(moves.map((l) => [l, 'moved'])),
          ...Object.fromEntries(change.lanes.changed.map((l) => [l.id, 'changed'])),
          ...Object.fromEntries(change.lanes.added.map((l) => [l.id, 'added'])),
          ...Object.fromEntries(change.lanes.removed.map((l) => [l.id, 'removed'])),
        };
        expect(await laneMarks('changes'), `${option.id} ${change.map} lanes`).toEqual(lanes);
        expect(await laneMarks('as-is')).toEqual({});
        expect(await laneMarks('to-be')).toEqual({});
        for (const [lane, kind] of Object.entries(lanes)) {
          const header = section.locator(`[data-view="changes"] svg [data-lane="${lane}"][data-change]`);
          const words = kind === 'changed' ? '(party|lane) changed' : `lane ${kind}`;
          expect(await header.getAttribute('aria-label')).toMatch(new RegExp(`, ${words}\\b`));
          expect(await header.locator('.change-badge').textContent()).toMatch(new RegExp(words));
        }
        // Each mark is in the shape's accessible name, after its title, as well as in its badge.
        for (const [step, kind] of Object.entries(expected)) {
          const name = await section.locator(`[data-view="changes"] svg [data-step="${step}"]`).getAttribute('aria-label');
          expect(name).toMatch(new RegExp(`, ${kind}\\b`));
        }
      }
      await page.close();
    }
  }, 120_000);

  it('shows a lane an option moves (move-lane) as moved on its header, counted, with where it went in its name', async () => {
    const page = await open('option-fixture-force-report.html');
    const section = page.locator('section.change-views[data-map="police-and-crime-plan"]');
    expect(await section.locator('p.meta').innerText()).toMatch(/Lanes: 1 moved\./);
    const header = section.locator('[data-view="changes"] svg [data-lane="public"][data-change="moved"]');
    expect(await header.getAttribute('aria-label')).toBe('Public, lane moved (now above "OPCC")');
    expect(await header.locator('.change-badge').textContent()).toContain('lane moved');
    // The impact report on the page lists the new order under the map.
    expect(await page.locator('body').innerText()).toContain('lanes reordered: public, opcc, force, panel');
    await page.close();
  });

  it('shows the lane each reference option adds to the gold group map as added, counted, in the changes view only', async () => {
    for (const id of ['bring-public-order-into-the-alliance', 'keep-armed-policing-local-share-the-dogs']) {
      const page = await open(`option-${id}.html`);
      const section = page.locator('section.change-views[data-map="major-incident-gold-group"]');
      expect(await section.locator('p.meta').innerText()).toMatch(/^Shapes: \d+ added\. Lanes: 1 added\./);
      const header = section.locator('[data-view="changes"] svg [data-lane="alliance"][data-change="added"]');
      expect(await header.getAttribute('aria-label')).toBe('Alliance operations, lane added (party "Northshire and Southvale Alliance Operations Department")');
      // The lane headers kept in view over a wide map are copies: the copy shows the badge too, or it would hide it.
      expect(await section.locator('[data-view="changes"] .lane-header-overlay').textContent()).toContain('lane added');
      // The as-is legend lists only the lanes the as-is map has; the to-be legend has the new one.
      const legend = (view: string) => section.locator(`[data-view="${view}"] svg .legend`).textContent();
      expect(await section.locator('[data-view="as-is"] svg .legend').count()).toBe(1);
      expect(await legend('as-is')).not.toContain('Alliance operations');
      expect(await legend('to-be')).toContain('Alliance operations');
      await page.close();
    }
  });

  it('shows the fixture option as the tests wrote it: all four kinds of mark, shared shapes in the same place in both views', async () => {
    const page = await open('option-fixture-force-report.html');
    const section = page.locator('section.change-views[data-map="annual-report"]');
    const kinds = await section.locator('[data-view="changes"] svg [data-change]').evaluateAll((s) => s.map((g) => g.getAttribute('data-change')).sort());
    expect(kinds).toEqual(['added', 'changed', 'moved', 'removed']);
    const boxes = async (view: string) =>
      Object.fromEntries(
        await section.locator(`[data-view="${view}"] svg [data-step]`).evaluateAll((shapes) =>
          shapes.map((s) => {
            const ring = s.querySelector('.focus-ring');
            return [s.getAttribute('data-step'), ['x', 'y', 'width', 'height'].map((a) => ring?.getAttribute(a)).join(' ')] as const;
          }),
        ),
      );
    const [asIs, toBe] = [await boxes('as-is'), await boxes('to-be')];
    for (const step of ['start', 'present-report', 'panel-review', 'respond-and-publish', 'force-input']) expect(toBe[step], step).toBe(asIs[step]);
    expect(toBe['draft-report']).not.toBe(asIs['draft-report']);
    expect(asIs['easy-read']).toBeUndefined();
    expect(toBe['report']).toBeUndefined();
    // The accountability table shows the entry whose parties change, before and after.
    expect(await page.locator('table.accountability-change').innerText()).toMatch(/1\.4\.3\.1[^]*responsible\s+nobody\s+Chief Constable/);
    await page.close();
  });

  it('run none of the hostile text in an option’s title or rationale', async () => {
    for (const file of ['options.html', 'option-fixture-force-report.html']) {
      const page = await open(file);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.locator('main script, main img').count()).toBe(0);
      if (file !== 'options.html') expect(await page.locator('h1').innerText()).toContain('<script>window.pwned = 1</script>');
      await page.close();
    }
  });

  it('say an option that does not apply does not, with the problem found, and show no views', async () => {
    const page = await open('option-fixture-stale.html');
    const text = await page.locator('main').innerText();
    expect(text).toContain('This option does not apply to the model');
    const found = applyChangeSet(
      model,
      model.changeSets.find((c) => c.id === 'fixture-stale')!,
    ).diagnostics.filter((d) => d.code.startsWith('change-'));
    // A change that cannot be made is a warning of its option, not an error of the model, and the page names it.
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) expect(text).toContain(d.message);
    expect(await page.locator('main figure').count()).toBe(0);
    await page.close();
  });

  it('let the keyboard reach every shape of the three views', async () => {
    const page = await open('option-fixture-force-report.html');
    const shapes = await page
      .locator('section.change-views svg [data-step]')
      .evaluateAll((all) => all.map((s, i) => ((s as SVGElement).dataset['n'] = String(i))));
    const reached = new Set<string>();
    const links = await page.locator('a[href], button, table[tabindex]').count();
    for (let i = 0; i < shapes.length + links + 20 && reached.size < shapes.length; i++) {
      await page.keyboard.press('Tab');
      const n = await page.evaluate(() => (document.activeElement as HTMLElement | SVGElement | null)?.dataset['n']);
      if (n !== undefined) reached.add(n);
    }
    expect(reached.size).toBe(shapes.length);
    expect(shapes.length).toBeGreaterThan(20);
    await page.close();
  }, 120_000);

  it('pass axe-core on the index and on every option page', async () => {
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    const violations: string[] = [];
    for (const file of ['options.html', ...model.changeSets.map((c) => `option-${c.id}.html`)]) {
      // axe is injected as a script, which the pages' own policy rightly forbids; only this context bypasses it.
      const page = await open(file, { bypassCSP: true });
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(async () => {
        type Result = { violations: Array<{ id: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> };
        const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<Result> } }).axe;
        return axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      });
      for (const v of result.violations) violations.push(`${file}: ${v.id} at ${JSON.stringify(v.nodes[0]?.target)}: ${v.nodes[0]?.failureSummary ?? ''}`);
      await page.close();
    }
    expect(violations).toEqual([]);
  }, 120_000);

  it('made no network request and logged no error', () => {
    expect(problems).toEqual([]);
  });
});
