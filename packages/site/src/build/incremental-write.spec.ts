import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel, type Model } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { createLayoutEngine, type LayoutEngine } from '@opcc/render';
import { tempDirs, treeDigest } from '../../../../tests/support/temp-tree.js';
import { buildSite } from './build-site.js';

const temp = tempDirs();
const minimal = fileURLToPath(new URL('../../../../examples/minimal', import.meta.url));
const sitePackage = fileURLToPath(new URL('../../package.json', import.meta.url));

/** Each file of a site with its inode and modification time: equal stamps mean the file was not written again. */
function stamps(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((e) => {
      const stat = statSync(join(e.parentPath, e.name), { bigint: true });
      return [join(e.parentPath, e.name).slice(dir.length + 1), `${stat.ino}:${stat.mtimeNs}`];
    }),
  );
}

async function load(dir: string): Promise<Model> {
  const loaded = await loadModel(dir);
  expect(loaded.diagnostics).toEqual([]);
  return loaded.model;
}

describe('a rebuild', () => {
  it('of an unchanged model rewrites no file, and after a change rewrites only the files whose content changed', async () => {
    const root = temp('incremental');
    const model = join(root, 'model');
    const out = join(root, 'site');
    cpSync(minimal, model, { recursive: true });
    const first = await buildSite(await load(model), { out });
    expect(first.written).toBe(true);
    const built = stamps(out);
    expect(built.size).toBeGreaterThan(5);

    const again = await buildSite(await load(model), { out });
    expect(again).toMatchObject({ written: false, rewritten: [] });
    expect(stamps(out)).toEqual(built);

    const maps = join(model, 'maps.yaml');
    writeFileSync(maps, readFileSync(maps, 'utf8').replace('title: Analyse stakeholders', 'title: Analyse partners'));
    const changed = await buildSite(await load(model), { out });
    expect(changed.written).toBe(true);
    expect(changed.rewritten).toContain('map-engage-consult.html');
    expect(changed.rewritten).not.toContain('assets/site.css');
    const after = stamps(out);
    for (const [path, stamp] of after) {
      if (path === '.opcc-manifest.json') continue;
      // A file is written anew exactly when the build says so; every other one is the same file as before.
      expect(stamp === built.get(path), path).toBe(!changed.rewritten.includes(path));
    }
    expect(readFileSync(join(out, 'map-engage-consult.html'), 'utf8')).toContain('Analyse partners');
  }, 60_000);
});

describe('the site package', () => {
  it('needs esbuild only to be built: the browser scripts ship bundled, so it is no runtime dependency', () => {
    const manifest = JSON.parse(readFileSync(sitePackage, 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    expect(Object.keys(manifest.dependencies ?? {})).not.toContain('esbuild');
    expect(Object.keys(manifest.devDependencies ?? {})).toContain('esbuild');
  });
});

describe('a site cache', () => {
  it('gives a model seen before the same files without drawing anything, and a changed model a fresh build', async () => {
    const root = temp('site-cache');
    const model = join(root, 'model');
    const siteCache = join(root, 'cache');
    cpSync(minimal, model, { recursive: true });
    let layouts = 0;
    const engine = createLayoutEngine();
    const counting: LayoutEngine = { layout: (graph) => ((layouts += 1), engine.layout(graph)) };
    const first = await buildSite(await load(model), { out: join(root, 'first'), engine: counting, siteCache });
    expect(layouts).toBeGreaterThan(0);
    layouts = 0;
    const second = await buildSite(await load(model), { out: join(root, 'second'), engine: counting, siteCache });
    expect(layouts).toBe(0);
    expect(second.files).toBe(first.files);
    expect(treeDigest(join(root, 'second'))).toEqual(treeDigest(join(root, 'first')));

    const maps = join(model, 'maps.yaml');
    writeFileSync(maps, readFileSync(maps, 'utf8').replace('title: Analyse stakeholders', 'title: Analyse partners'));
    await buildSite(await load(model), { out: join(root, 'third'), engine: counting, siteCache });
    expect(layouts).toBeGreaterThan(0);
    expect(readFileSync(join(root, 'third', 'map-engage-consult.html'), 'utf8')).toContain('Analyse partners');
  }, 60_000);
});
