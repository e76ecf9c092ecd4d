import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { tempDirs, treeDigest } from '../../../../tests/support/temp-tree.js';
import { runCli } from '../run-cli.js';
import { EXPORT_MANIFEST } from './export-files.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const temp = tempDirs();

async function run(...args: string[]) {
  return runIn(root, ...args);
}

async function runIn(cwd: string, ...args: string[]) {
  return runWith({ cwd, interactive: false }, ...args);
}

async function runWith(context: { cwd: string; interactive: boolean }, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), ...context });
  return { code, stdout, stderr };
}

/** A shared-drive folder as OPCC staff have it: the only copy of their model, and a file of their own beside it. */
function sharedDrive() {
  const drive = temp('drive');
  const model = join(drive, 'my-model');
  cpSync(join(root, 'examples', 'minimal'), model, { recursive: true });
  writeFileSync(join(drive, 'minutes.docx'), 'minutes of the last board');
  const documents = join(drive, 'documents');
  mkdirSync(documents);
  writeFileSync(join(documents, 'budget.xlsx'), 'figures');
  return { drive, model, documents };
}

/** Runs a command that must be refused with exit 2 and leave every file under `drive` byte for byte as it was. */
async function expectRefused(drive: string, cwd: string, ...args: string[]) {
  const before = treeDigest(drive);
  const result = await runIn(cwd, ...args);
  expect(result.code, args.join(' ')).toBe(2);
  expect(result.stderr, args.join(' ')).toMatch(/^opcc: \S/);
  expect(result.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
  expect(treeDigest(drive), args.join(' ')).toEqual(before);
  return result;
}

describe('opcc build', () => {
  it('builds the reference site and says which file to open', async () => {
    const out = join(temp('build'), 'site');
    const cache = temp('cache');
    const { code, stdout, stderr } = await run('build', 'packages/guide/model', '--out', out, '--cache', cache);
    expect(code).toBe(0);
    expect(stdout).toContain(`Open file://${out}/index.html`);
    // Progress is for a person at a terminal: none in logs or redirected output.
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/[\r\u001b]/);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(readdirSync(cache).filter((f) => f.endsWith('.json')).length).toBeGreaterThanOrEqual(18);
  }, 60_000);

  it('shows progress at a terminal, on stderr, and clears it', async () => {
    const out = join(temp('build-tty'), 'site');
    const { code, stdout, stderr } = await runWith({ cwd: root, interactive: true }, 'build', 'examples/minimal', '--out', out, '--no-cache');
    expect(code).toBe(0);
    expect(stderr).toMatch(/^\r\u001b\[2KDrawing 1\/\d+: /);
    expect(stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(stdout).not.toContain('Drawing');
  }, 60_000);

  it('writes nothing when the model has errors, and exits 1', async () => {
    const dir = temp('broken');
    writeFileSync(join(dir, 'map.yaml'), 'kind: process-map\nid: m\ntitle: ""\n');
    const out = join(temp('out'), 'site');
    const { code, stdout } = await run('build', dir, '--out', out, '--no-cache');
    expect(code).toBe(1);
    expect(stdout).toContain('map.yaml:3:8  error  empty-title');
    expect(stdout).toContain('Nothing was written');
    expect(existsSync(out)).toBe(false);
  });

  it('needs --out', async () => {
    expect((await run('build', 'examples/minimal', '--no-cache')).code).toBe(2);
  });

  it('never builds over the model, the folder holding it, or a folder of other files; not even with --force', async () => {
    const { drive, model, documents } = sharedDrive();
    const refusedModel = await expectRefused(drive, drive, 'build', 'my-model', '--out', 'my-model', '--no-cache');
    expect(refusedModel.stderr).toContain('it is the model folder itself');
    await expectRefused(drive, drive, 'build', 'my-model', '--out', 'my-model', '--no-cache', '--force');
    await expectRefused(drive, drive, 'build', 'my-model', '--out', join(model, '..', 'my-model', '.'), '--no-cache', '--force');
    const refusedParent = await expectRefused(drive, model, 'build', '.', '--out', '..', '--no-cache');
    expect(refusedParent.stderr).toContain('holds the model folder');
    await expectRefused(drive, model, 'build', '.', '--out', '..', '--no-cache', '--force');
    await expectRefused(drive, root, 'build', model, '--out', drive, '--no-cache', '--force');
    const refusedOther = await expectRefused(drive, drive, 'build', 'my-model', '--out', 'documents', '--no-cache');
    expect(refusedOther.stderr).toContain('budget.xlsx');
    expect(refusedOther.stderr).toContain('--force');
    await expectRefused(drive, documents, 'build', model, '--out', '.', '--no-cache', '--force');
    writeFileSync(join(drive, 'report.html'), 'a file where the site would go');
    await expectRefused(drive, drive, 'build', 'my-model', '--out', 'report.html', '--no-cache');
  });

  it('builds again into its own site, into a site folder inside the model, and over other files only with --force', async () => {
    const { drive, model, documents } = sharedDrive();
    const modelBefore = treeDigest(model);
    expect((await runIn(drive, 'build', 'my-model', '--out', 'site', '--no-cache')).code).toBe(0);
    expect((await runIn(drive, 'build', 'my-model', '--out', 'site', '--no-cache')).stdout).toContain('is up to date');
    writeFileSync(join(drive, 'site', 'glossary.html'), 'edited by hand');
    expect((await runIn(drive, 'build', 'my-model', '--out', 'site', '--no-cache')).code).toBe(0);
    expect(readFileSync(join(drive, 'site', 'glossary.html'), 'utf8')).not.toBe('edited by hand');
    writeFileSync(join(drive, 'site', 'notes.txt'), 'kept by hand');
    await expectRefused(drive, drive, 'build', 'my-model', '--out', 'site', '--no-cache');

    expect((await runIn(drive, 'build', 'my-model', '--out', 'my-model/site', '--no-cache')).code).toBe(0);
    expect(existsSync(join(model, 'site', 'index.html'))).toBe(true);
    const validated = await runIn(drive, 'validate', 'my-model');
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain('No problems found.');
    const modelAfter = Object.entries(treeDigest(model)).filter(([path]) => path !== 'site' && !path.startsWith('site/'));
    expect(Object.fromEntries(modelAfter)).toEqual(modelBefore);

    expect((await runIn(drive, 'build', 'my-model', '--out', 'documents', '--no-cache', '--force')).code).toBe(0);
    expect(existsSync(join(documents, 'budget.xlsx'))).toBe(false);
    expect(existsSync(join(documents, 'index.html'))).toBe(true);
  }, 60_000);
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

  it('refuses a folder that is not empty, or a file, and changes nothing', async () => {
    const { drive } = sharedDrive();
    expect((await expectRefused(drive, drive, 'init', 'my-model')).stderr).toContain('is not empty');
    expect((await expectRefused(drive, drive, 'init', '.')).stderr).toContain('is not empty');
    expect((await expectRefused(drive, drive, 'init', 'minutes.docx')).stderr).toContain('is a file');
  });
});

describe('opcc export', () => {
  it('writes one map as SVG, PNG and the JSON of its layout', async () => {
    const dir = temp('export');
    for (const format of ['svg', 'png', 'layout-json']) {
      const out = join(dir, `map.${format === 'layout-json' ? 'json' : format}`);
      expect((await run('export', 'examples/minimal', '--map', 'engage-consult', '--format', format, '--out', out)).code).toBe(0);
      expect(existsSync(out)).toBe(true);
    }
    expect(readFileSync(join(dir, 'map.svg'), 'utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(readFileSync(join(dir, 'map.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(Object.keys((JSON.parse(readFileSync(join(dir, 'map.json'), 'utf8')) as { shapes: object }).shapes)).toEqual(['start', 'analyse', 'done']);
    expect(Object.keys((JSON.parse(readFileSync(join(dir, EXPORT_MANIFEST), 'utf8')) as { files: object }).files)).toEqual(['map.json', 'map.png', 'map.svg']);
  }, 60_000);

  it('takes the format from the extension of --out when --format is not given', async () => {
    const out = join(temp('export-ext'), 'map.png');
    expect((await run('export', 'examples/minimal', '--map', 'engage-consult', '--out', out)).code).toBe(0);
    expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
  }, 60_000);

  it('writes every map into a folder, and rejects an unknown map', async () => {
    const out = join(temp('export-all'), 'maps');
    expect((await run('export', 'examples/minimal', '--out', out)).code).toBe(0);
    expect(readdirSync(out)).toEqual([EXPORT_MANIFEST, 'engage-consult.svg']);
    expect((await run('export', 'examples/minimal', '--map', 'nope')).code).toBe(2);
  }, 60_000);

  it('refuses an --out whose extension is not the format, changing nothing', async () => {
    const { drive, model } = sharedDrive();
    const over = await expectRefused(drive, drive, 'export', 'my-model', '--map', 'engage-consult', '--out', 'my-model/model.yaml');
    expect(over.stderr).toContain('does not end in .svg');
    await expectRefused(drive, drive, 'export', 'my-model', '--map', 'engage-consult', '--out', join(model, 'model.yaml'), '--force');
    await expectRefused(drive, drive, 'export', 'my-model', '--map', 'engage-consult', '--format', 'svg', '--out', 'map.png');
    await expectRefused(drive, drive, 'export', 'my-model', '--map', 'engage-consult', '--format', 'png', '--out', 'map');
  });

  it('never overwrites a file it did not write, or one changed since, unless --force', async () => {
    const { drive } = sharedDrive();
    writeFileSync(join(drive, 'engage-consult.svg'), '<svg>drawn by hand</svg>');
    const refused = await expectRefused(drive, drive, 'export', 'my-model', '--map', 'engage-consult');
    expect(refused.stderr).toContain('was not written by opcc export');
    expect(refused.stderr).toContain('--force');
    await expectRefused(drive, drive, 'export', 'my-model', '--out', '.');

    const out = join(drive, 'maps');
    expect((await runIn(drive, 'export', 'my-model', '--out', 'maps')).code).toBe(0);
    expect((await runIn(drive, 'export', 'my-model', '--out', 'maps')).code).toBe(0);
    writeFileSync(join(out, 'engage-consult.svg'), '<svg>annotated</svg>');
    expect((await expectRefused(drive, drive, 'export', 'my-model', '--out', 'maps')).stderr).toContain('has been changed since');
    expect((await runIn(drive, 'export', 'my-model', '--out', 'maps', '--force')).code).toBe(0);
    expect(readFileSync(join(out, 'engage-consult.svg'), 'utf8')).toMatch(/^<svg[^>]*xmlns=/);
    expect((await runIn(drive, 'export', 'my-model', '--map', 'engage-consult', '--force')).code).toBe(0);
    expect(readFileSync(join(drive, 'engage-consult.svg'), 'utf8')).toMatch(/^<svg[^>]*xmlns=/);
  }, 60_000);

  it('writes nothing into the model folder, where it could be read as part of the model, whatever its format', async () => {
    const { drive } = sharedDrive();
    const refused = await expectRefused(drive, drive, 'export', 'my-model', '--format', 'layout-json', '--out', 'my-model/exports', '--force');
    expect(refused.stderr).toContain('read as a model file');
    const whole = await expectRefused(drive, drive, 'export', 'my-model', '--format', 'json', '--out', 'my-model/copy.json', '--force');
    expect(whole.stderr).toContain('read as a model file');
    const svg = await expectRefused(drive, drive, 'export', 'my-model', '--out', 'my-model/exports');
    expect(svg.stderr).toContain('inside the model folder');
    expect(existsSync(join(drive, 'my-model/exports'))).toBe(false);
    expect((await runIn(drive, 'validate', 'my-model')).code).toBe(0);
  }, 60_000);
});
