import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const temp = (name: string) => mkdtempSync(join(tmpdir(), `opcc-${name}-`));

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, interactive: false });
  return { code, stdout, stderr };
}

describe('opcc build', () => {
  it('builds the reference site and says which file to open', async () => {
    const out = join(temp('build'), 'site');
    const cache = temp('cache');
    const { code, stdout } = await run('build', 'packages/guide/model', '--out', out, '--cache', cache);
    expect(code).toBe(0);
    expect(stdout).toContain(`Open file://${out}/index.html`);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(readdirSync(cache).filter((f) => f.endsWith('.json')).length).toBeGreaterThanOrEqual(18);
  }, 60_000);

  it('writes nothing when the model has errors, and exits 1', async () => {
    const dir = temp('broken');
    writeFileSync(join(dir, 'map.yaml'), 'kind: process-map\nid: m\ntitle: ""\n');
    const out = join(temp('out'), 'site');
    const { code, stderr } = await run('build', dir, '--out', out, '--no-cache');
    expect(code).toBe(1);
    expect(stderr).toContain('map.yaml:3:8  error  empty-title');
    expect(stderr).toContain('Nothing was written');
    expect(existsSync(out)).toBe(false);
  });

  it('needs --out', async () => {
    expect((await run('build', 'examples/minimal', '--no-cache')).code).toBe(2);
  });
});

describe('opcc init', () => {
  it('starts a valid model from the reference model with the editor schema wired', async () => {
    const dir = join(temp('init'), 'my-model');
    const { code } = await run('init', dir);
    expect(code).toBe(0);
    const { diagnostics, model } = await loadModel(dir);
    expect(diagnostics).toEqual([]);
    expect(model.maps.length).toBeGreaterThanOrEqual(12);
    const settings = JSON.parse(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    const schema = Object.keys(settings['yaml.schemas'])[0] ?? '';
    expect(existsSync(join(dir, schema))).toBe(true);
  });

  it('refuses a folder that is not empty', async () => {
    const dir = temp('init-full');
    writeFileSync(join(dir, 'keep.yaml'), 'kind: model\ntitle: Mine\n');
    expect((await run('init', dir)).code).toBe(2);
    expect(readdirSync(dir)).toEqual(['keep.yaml']);
  });
});

describe('opcc export', () => {
  it('writes one map as SVG, PNG and JSON', async () => {
    const dir = temp('export');
    for (const format of ['svg', 'png', 'json']) {
      const out = join(dir, `map.${format}`);
      expect((await run('export', 'examples/minimal', '--map', 'engage-consult', '--format', format, '--out', out)).code).toBe(0);
      expect(existsSync(out)).toBe(true);
    }
    expect(readFileSync(join(dir, 'map.svg'), 'utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(readFileSync(join(dir, 'map.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(Object.keys((JSON.parse(readFileSync(join(dir, 'map.json'), 'utf8')) as { shapes: object }).shapes)).toEqual(['start', 'analyse', 'done']);
  }, 60_000);

  it('writes every map into a folder, and rejects an unknown map', async () => {
    const out = join(temp('export-all'), 'maps');
    expect((await run('export', 'examples/minimal', '--out', out)).code).toBe(0);
    expect(readdirSync(out)).toEqual(['engage-consult.svg']);
    expect((await run('export', 'examples/minimal', '--map', 'nope')).code).toBe(2);
  }, 60_000);
});
