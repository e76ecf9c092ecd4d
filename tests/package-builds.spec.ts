import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPackages, PUBLISHED } from './support/built-packages.js';
import { tempDirs } from './support/temp-tree.js';

// The other tests run the TypeScript sources; this one builds every package as it is published
// and loads the builds the way users do, by `import` and by `require`, with no source condition.
// The build is the run's one build of the packages, which packed-consumer.spec.ts packs.

const root = fileURLToPath(new URL('..', import.meta.url));
const temp = tempDirs();
const packages = PUBLISHED;

function node(script: string, cwd = root): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

beforeAll(() => builtPackages(), 600_000);

describe('the published builds', () => {
  it.each(packages)('@opcc/%s ships ESM, CJS and declarations of both that export the same names', (name) => {
    const dist = readdirSync(join(root, 'packages', name, 'dist'));
    expect(dist).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']));
    const compare = node(`
      const cjs = Object.keys(require('@opcc/${name}')).sort();
      import('@opcc/${name}').then((esm) => {
        const names = Object.keys(esm).filter((k) => k !== 'default' && k !== 'module.exports').sort();
        console.log(JSON.stringify({ cjs, esm: names }));
      });`);
    expect(compare.status, compare.out).toBe(0);
    const { cjs, esm } = JSON.parse(compare.out) as { cjs: string[]; esm: string[] };
    expect(cjs.length).toBeGreaterThan(0);
    expect(cjs).toEqual(esm);
  });

  it('finds the reference model next to the CJS build of @opcc/guide, and loads it', () => {
    const run = node(`
      const { guide, guideModelDir } = require('@opcc/guide');
      const { loadModelSync } = require('@opcc/core');
      const again = loadModelSync(guideModelDir);
      console.log(JSON.stringify({ maps: guide.maps.length, again: again.model.maps.length, errors: again.diagnostics.filter((d) => d.severity === 'error').length }));`);
    expect(run.status, run.out).toBe(0);
    const counts = JSON.parse(run.out) as { maps: number; again: number; errors: number };
    expect(counts.maps).toBeGreaterThanOrEqual(12);
    expect(counts).toEqual({ maps: counts.maps, again: counts.maps, errors: 0 });
  });

  it('runs `opcc init` from the CJS build, which finds the JSON Schemas shipped with @opcc/core', async () => {
    const target = join(temp('cjs-init'), 'model');
    const run = node(`
      const { runCli } = require('@opcc/cli');
      const io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd(), interactive: false };
      runCli(['init', ${JSON.stringify(target)}], io).then((code) => { process.exitCode = code; });`);
    expect(run.status, run.out).toBe(0);
    expect(existsSync(join(target, 'model.yaml'))).toBe(true);
  });

  it('builds a site from the CJS build of @opcc/site with the scripts bundled and the stylesheet minified by the package build', () => {
    const run = node(`
      const { readFileSync } = require('node:fs');
      const { loadModelSync } = require('@opcc/core');
      const { siteFiles } = require('@opcc/site');
      const { model } = loadModelSync('examples/minimal');
      siteFiles(model).then(({ files }) => {
        const shipped = readFileSync('packages/site/dist/client/site.js', 'utf8');
        const css = readFileSync('packages/site/dist/client/site.css', 'utf8');
        const sameCss = files.get('assets/site.css') === css && css.length;
        const search = (files.get('assets/search.js') ?? '').length;
        console.log(JSON.stringify({ same: files.get('assets/opcc.js') === shipped, bytes: shipped.length, search, css: sameCss }));
      });`);
    expect(run.status, run.out).toBe(0);
    const shipped = JSON.parse(run.out) as { same: boolean; bytes: number; search: number; css: number | false };
    expect(shipped.same).toBe(true);
    // The stylesheet too is minified when the package is built, and read from there.
    expect(shipped.css).toBeGreaterThan(1000);
    expect(Math.min(shipped.bytes, shipped.search)).toBeGreaterThan(1000);
  });

  it('runs the `opcc` command from its ESM build', () => {
    const run = spawnSync(process.execPath, [join(root, 'packages', 'cli', 'dist', 'bin.js'), 'validate', join(root, 'packages', 'guide', 'model')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/process maps +\d+ \(\d+ steps/);
  });
});
