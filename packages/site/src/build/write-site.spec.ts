import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { tempDirs, treeDigest } from '../../../../tests/support/temp-tree.js';
import { buildSite } from './build-site.js';
import { checkSiteOut, SiteOutError, type SiteOutGuard, type SiteOutProblem } from './site-out-guard.js';
import { MANIFEST, writeSiteIfChanged } from './write-site.js';

const temp = tempDirs();
const minimal = fileURLToPath(new URL('../../../../examples/minimal', import.meta.url));
const site = new Map([['index.html', '<p>site</p>'], ['assets/site.css', 'p {}']]);

/** A model folder with a user's file beside it, inside a fresh temporary folder. */
function workspace() {
  const root = temp('guard');
  const model = join(root, 'my-model');
  cpSync(minimal, model, { recursive: true });
  writeFileSync(join(root, 'notes.txt'), 'my notes');
  return { root, model };
}

/** Expects a write to be refused for the given reason with every file under `root` unchanged. */
function expectRefused(root: string, out: string, guard: SiteOutGuard, problem: SiteOutProblem) {
  const before = treeDigest(root);
  let thrown: unknown;
  try {
    writeSiteIfChanged(out, site, guard);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(SiteOutError);
  expect((thrown as SiteOutError).problem).toBe(problem);
  expect((thrown as SiteOutError).message).toMatch(/^Refusing to write the site into .*Nothing was changed\.$/s);
  expect(treeDigest(root)).toEqual(before);
}

describe('the site output folder', () => {
  it('is written when missing or empty, and rewritten when it is a site built before', () => {
    const { root, model } = workspace();
    const missing = join(root, 'site');
    expect(writeSiteIfChanged(missing, site, { modelDir: model, cwd: root })).toBe(true);
    expect(JSON.parse(readFileSync(join(missing, MANIFEST), 'utf8'))).toHaveProperty(['index.html']);
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(writeSiteIfChanged(empty, site, { cwd: root })).toBe(true);
    const changed = new Map([...site, ['index.html', '<p>new</p>']]);
    expect(writeSiteIfChanged(missing, changed, { modelDir: model, cwd: root })).toBe(true);
    expect(readFileSync(join(missing, 'index.html'), 'utf8')).toBe('<p>new</p>');
  });

  it('refuses a folder holding files it did not write, even beside its own site, unless forced', () => {
    const { root } = workspace();
    const other = join(root, 'documents');
    mkdirSync(other);
    writeFileSync(join(other, 'budget.xlsx'), 'figures');
    expectRefused(root, other, { cwd: root }, 'not-ours');
    const built = join(root, 'site');
    writeSiteIfChanged(built, site, { cwd: root });
    writeFileSync(join(built, 'my-page.html'), 'kept by hand');
    expectRefused(root, built, { cwd: root }, 'not-ours');
    writeFileSync(join(root, 'file-out'), 'a file');
    expectRefused(root, join(root, 'file-out'), { cwd: root }, 'not-ours');
    expect(writeSiteIfChanged(other, site, { cwd: root, force: true })).toBe(true);
    expect(existsSync(join(other, 'budget.xlsx'))).toBe(false);
  });

  it('never replaces the model folder, a folder holding it, or the current folder, even when forced', () => {
    const { root, model } = workspace();
    const forced = { modelDir: model, cwd: root, force: true };
    expectRefused(root, model, forced, 'model-folder');
    expectRefused(root, join(model, '.'), forced, 'model-folder');
    expectRefused(root, root, { ...forced, cwd: model }, 'contains-model');
    expectRefused(root, dirname(root), { ...forced, cwd: model }, 'contains-model');
    expectRefused(root, root, { cwd: root, force: true }, 'contains-cwd');
    expectRefused(root, root, { cwd: join(root, 'deeper', 'still'), force: true }, 'contains-cwd');
    mkdirSync(join(model, 'more'));
    writeFileSync(join(model, 'more', 'parties.yaml'), 'kind: parties\n');
    expectRefused(root, join(model, 'more'), forced, 'holds-model-files');
  });

  it('sees through a symbolic link to the model folder', () => {
    const { root, model } = workspace();
    symlinkSync(model, join(root, 'link'));
    expectRefused(root, join(root, 'link'), { modelDir: model, cwd: root, force: true }, 'model-folder');
    expectRefused(root, join(root, 'link'), { modelDir: join(root, 'link'), cwd: root, force: true }, 'model-folder');
  });

  it('guards buildSite for code that calls it, before any drawing', async () => {
    const { root, model } = workspace();
    const { model: loaded } = await loadModel(model);
    const before = treeDigest(root);
    const engine = { layout: () => Promise.reject(new Error('no drawing should start')) };
    await expect(buildSite(loaded, { out: model, modelDir: model, cwd: root, force: true, engine })).rejects.toBeInstanceOf(SiteOutError);
    await expect(buildSite(loaded, { out: root, cwd: root, engine })).rejects.toThrow(/holds the current folder/);
    expect(treeDigest(root)).toEqual(before);
  });

  it('allows a site inside the model folder, which the loader then ignores', async () => {
    const { root, model } = workspace();
    const before = await loadModel(model);
    const out = join(model, 'site');
    const result = await buildSite(before.model, { out, modelDir: model, cwd: root });
    expect(result.written).toBe(true);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    const after = await loadModel(model);
    expect(after.diagnostics).toEqual(before.diagnostics);
    expect(after.model).toEqual(before.model);
    expect(() => checkSiteOut(out, { modelDir: model, cwd: root })).not.toThrow();
  }, 60_000);
});
