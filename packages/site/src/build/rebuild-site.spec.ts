import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel, type Model } from '@opcc/core';
import { guideModelDir } from '@opcc/guide';
import { createLayoutEngine, type LayoutEngine } from '@opcc/render';
import { describe, expect, it } from 'vitest';
import { tempDirs, treeDigest } from '../../../../tests/support/temp-tree.js';
import { buildSite } from './build-site.js';
import { rebuildSite, type BuiltSite } from './rebuild-site.js';

const temp = tempDirs();
const engine = createLayoutEngine();

/** The layout engine, with a warning for every graph it lays out, as for a map too large for the usual strategy. */
const warningEngine: LayoutEngine = {
  layout: async (graph) => {
    const laidOut = await engine.layout(graph);
    return { ...laidOut, warnings: [...laidOut.warnings, `${graph.nodes.length} shapes laid out`] };
  },
};

/** Edits a model file in place, failing when the text to replace is not there (the change would test nothing). */
function edit(dir: string, path: string, from: string, to: string): void {
  const file = join(dir, path);
  const text = readFileSync(file, 'utf8');
  expect(text, `${path} holds "${from}"`).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

async function load(dir: string): Promise<Model> {
  const loaded = await loadModel(dir);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return loaded.model;
}

/**
 * Each kind of change, applied one after the other to a copy of the reference model; with, where it is
 * known, exactly the files it must rewrite (the pages that show what changed, and no other).
 */
const CHANGES: ReadonlyArray<{ readonly name: string; readonly apply: (dir: string) => void; readonly keepsMaps: boolean; readonly rewrites?: readonly string[] }> = [
  {
    // Guidance shows on its map's page and in the search index, and nowhere else.
    name: "a step's guidance text",
    apply: (dir) => edit(dir, 'maps/develop.yaml', 'rather than several overlapping ones.', 'rather than several overlapping ones, agreed early.'),
    keepsMaps: true,
    rewrites: ['assets/search-index.js', 'map-develop.html'],
  },
  {
    name: 'a step title',
    apply: (dir) => edit(dir, 'maps/develop.yaml', 'title: Commission the strategic assessment', 'title: Commission the joint strategic assessment'),
    keepsMaps: true,
  },
  {
    name: 'a new step',
    apply: (dir) => {
      const step = '  - id: review-assessment\n    kind: activity\n    title: Review the strategic assessment\n    code: 1.2.1.1\n    lane: opcc\n';
      edit(dir, 'maps/develop.yaml', '  - id: end\n', `${step}  - id: end\n`);
      edit(dir, 'maps/develop.yaml', '{ from: force-delivery-plans, to: end }', '{ from: force-delivery-plans, to: review-assessment }\n  - { from: review-assessment, to: end }');
    },
    keepsMaps: true,
  },
  {
    name: 'the title of a map another drills into',
    apply: (dir) => edit(dir, 'maps/objectives-and-priorities.yaml', 'title: Objectives and priorities', 'title: Objectives, priorities and measures'),
    keepsMaps: true,
  },
  {
    name: 'a new map',
    apply: (dir) => {
      const text = readFileSync(join(dir, 'maps', 'annual-report.yaml'), 'utf8');
      writeFileSync(join(dir, 'maps', 'annual-report-draft.yaml'), text.replace('id: annual-report', 'id: annual-report-draft').replace('title: Annual report', 'title: Draft annual report'));
    },
    keepsMaps: true,
  },
  { name: 'a removed map', apply: (dir) => rmSync(join(dir, 'maps', 'annual-report-draft.yaml')), keepsMaps: true },
  {
    name: 'a glossary entry',
    apply: (dir) => edit(dir, 'glossary/governance.yaml', 'title: Engagement and consultation }', 'title: Engagement and public consultation }'),
    keepsMaps: false,
  },
  {
    name: 'a profile',
    apply: (dir) => edit(dir, 'profiles/northshire.yaml', 'title: Northshire accountability profile (illustrative)', 'title: Northshire profile (illustrative)'),
    keepsMaps: false,
  },
];

describe('rebuildSite', () => {
  it('gives, after each kind of change, byte for byte the site a full build gives', async () => {
    const dir = join(temp('rebuild'), 'model');
    cpSync(guideModelDir, dir, { recursive: true });
    const out = join(temp('rebuild-out'), 'site');
    let site: BuiltSite = (await rebuildSite(await load(dir), undefined, { out, modelDir: dir, engine })).site;
    for (const change of CHANGES) {
      change.apply(dir);
      const model = await load(dir);
      // What the folder holds once the changed maps' pages are written, before the rest is made.
      let ahead: { readonly pages: readonly string[]; readonly folder: Record<string, string> } | undefined;
      const onMapPages = (pages: readonly string[]) => void (ahead = { pages, folder: treeDigest(out) });
      const before = treeDigest(out);
      const rebuilt = await rebuildSite(model, site, { out, modelDir: dir, engine, onMapPages });
      // The folder written in place holds what a full build writes to a new one, manifest and reference files included.
      const fresh = join(temp('rebuild-full'), 'site');
      await buildSite(model, { out: fresh, modelDir: dir, engine });
      expect(treeDigest(out), change.name).toEqual(treeDigest(fresh));
      // Otherwise the comparison above would pass by rendering everything again.
      expect(rebuilt.kept > 0, `${change.name} keeps some map pages`).toBe(change.keepsMaps);
      expect(rebuilt.rewritten.length, change.name).toBeGreaterThan(0);
      if (change.rewrites !== undefined) expect(rebuilt.rewritten, change.name).toEqual(change.rewrites);
      // The changed maps' pages were in the folder as they end before onMapPages was called, and every other file as it was.
      expect(ahead, change.name).toBeDefined();
      const after = treeDigest(out);
      for (const path of rebuilt.rewritten.filter((p) => after[p] !== undefined)) {
        const early = ahead?.pages.includes(path) === true;
        expect(early ? path.startsWith('map-') : true, `${change.name}: ${path} ahead of the rest`).toBe(true);
        expect(ahead?.folder[path], `${change.name}: ${path} before onMapPages`).toBe(early ? after[path] : before[path]);
      }
      site = rebuilt.site;
    }
  }, 600_000);

  it('renders nothing again and rewrites nothing when the model is unchanged', async () => {
    const dir = join(temp('rebuild-same'), 'model');
    cpSync(guideModelDir, dir, { recursive: true });
    const out = join(temp('rebuild-same-out'), 'site');
    const first = await rebuildSite(await load(dir), undefined, { out, modelDir: dir, engine });
    const again = await rebuildSite(await load(dir), first.site, { out, modelDir: dir, engine });
    expect(again.kept).toBe(first.site.model.maps.length);
    expect(again.rewritten).toEqual([]);
    // The pages are those built before, not made again.
    expect(again.site.files).toBe(first.site.files);
  }, 120_000);

  it('gives the site and the warnings of a full build for the audience asked for, the warnings of the maps it keeps included', async () => {
    const dir = join(temp('rebuild-participants'), 'model');
    cpSync(guideModelDir, dir, { recursive: true });
    const out = join(temp('rebuild-participants-out'), 'site');
    const options = { out, modelDir: dir, engine: warningEngine, audience: 'participants' } as const;
    const first = await rebuildSite(await load(dir), undefined, options);
    // A map whose page tells participants less than staff (the injects that expect action on it).
    edit(dir, 'maps/commissioner-start-up.yaml', 'title: Make the declaration of acceptance of office', 'title: Make the declaration of acceptance of office in person');
    const model = await load(dir);
    const rebuilt = await rebuildSite(model, first.site, options);
    const fresh = join(temp('rebuild-participants-full'), 'site');
    const full = await buildSite(model, { ...options, out: fresh });
    expect(rebuilt.kept).toBeGreaterThan(0);
    expect(rebuilt.rewritten).toContain('map-commissioner-start-up.html');
    expect(treeDigest(out)).toEqual(treeDigest(fresh));
    expect(full.warnings).toHaveLength(model.maps.length);
    expect(rebuilt.warnings).toEqual(full.warnings);
    // A model holding the same data renders nothing, and still says what a full build says.
    const same = await rebuildSite(await load(dir), rebuilt.site, options);
    expect(same.rewritten).toEqual([]);
    expect(same.warnings).toEqual(full.warnings);
    // For another audience nothing is kept.
    const everyone = await rebuildSite(model, same.site, { ...options, audience: 'all' });
    expect(everyone.kept).toBe(0);
    expect(everyone.rewritten).toContain('map-commissioner-start-up.html');
  }, 300_000);
});
