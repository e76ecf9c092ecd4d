import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel, type Model } from '@opcc/core';
import { guideModelDir } from '@opcc/guide';
import { createLayoutEngine } from '@opcc/render';
import { describe, expect, it } from 'vitest';
import { tempDirs, treeDigest } from '../../../../tests/support/temp-tree.js';
import { buildSite } from './build-site.js';
import { rebuildSite, type BuiltSite } from './rebuild-site.js';

const temp = tempDirs();
const engine = createLayoutEngine();

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

/** Each kind of change, applied one after the other to a copy of the reference model. */
const CHANGES: ReadonlyArray<{ readonly name: string; readonly apply: (dir: string) => void; readonly keepsMaps: boolean }> = [
  {
    name: 'a step title',
    apply: (dir) => edit(dir, 'maps/develop.yaml', 'title: Commission the strategic assessment', 'title: Commission the joint strategic assessment'),
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
      const rebuilt = await rebuildSite(model, site, { out, modelDir: dir, engine });
      // The folder written in place holds what a full build writes to a new one, manifest and reference files included.
      const fresh = join(temp('rebuild-full'), 'site');
      await buildSite(model, { out: fresh, modelDir: dir, engine });
      expect(treeDigest(out), change.name).toEqual(treeDigest(fresh));
      // Otherwise the comparison above would pass by rendering everything again.
      expect(rebuilt.kept > 0, `${change.name} keeps some map pages`).toBe(change.keepsMaps);
      expect(rebuilt.rewritten.length, change.name).toBeGreaterThan(0);
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
  }, 120_000);
});
