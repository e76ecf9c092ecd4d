import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cachedBuild, modelInputKey } from '@opcc/site/cache';
import { tempDirs, treeDigest } from '../../../../tests/support/temp-tree.js';
import { runCli } from '../run-cli.js';

const temp = tempDirs();
const minimal = fileURLToPath(new URL('../../../../examples/minimal', import.meta.url));

async function opcc(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, interactive: false });
  return { code, stdout, stderr };
}

/** The minimal example with a reference to a document in the model folder, which the site copies. */
function workspace() {
  const root = temp('build-cache');
  const model = join(root, 'model');
  cpSync(minimal, model, { recursive: true });
  writeFileSync(
    join(model, 'references.yaml'),
    'kind: references\nreferences:\n  - id: framework\n    title: Framework\n    kind: guidance\n    href: documents/framework.pdf\n',
  );
  return { root, model, cache: join(root, 'cache'), site: join(root, 'site') };
}

function writeDocument(model: string, text: string) {
  mkdirSync(join(model, 'documents'), { recursive: true });
  writeFileSync(join(model, 'documents', 'framework.pdf'), text);
}

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

/** The entries kept by input files, each with the report the command printed. */
function inputEntries(cache: string): string[] {
  try {
    return readdirSync(join(cache, 'site', 'inputs')).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
}

describe('opcc build with a cache, from the files of an unchanged model', () => {
  it('writes byte for byte the site and output of a build without the cache, and rewrites no page of an existing site', async () => {
    const { root, model, cache, site } = workspace();
    const first = await opcc(root, 'build', model, '--out', site, '--cache', cache);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(inputEntries(cache)).toHaveLength(1);
    const uncached = await opcc(root, 'build', model, '--out', join(root, 'uncached'), '--no-cache');

    // Mark the kept report, so the output proves the site came from the entry kept by the input files.
    const entry = join(cache, 'site', 'inputs', inputEntries(cache)[0] ?? '');
    const kept = JSON.parse(readFileSync(entry, 'utf8')) as { inputs: { report: string } };
    expect(kept.inputs.report).toBe(first.stdout.slice(0, first.stdout.indexOf('Built ')));
    writeFileSync(entry, JSON.stringify({ ...kept, inputs: { ...kept.inputs, report: 'from the kept entry\n' } }));

    const before = stamps(site);
    const again = await opcc(root, 'build', model, '--out', site, '--cache', cache);
    expect(again.stdout).toMatch(/^from the kept entry\nThe site in .* is up to date\n/);
    expect(stamps(site)).toEqual(before);

    rmSync(site, { recursive: true });
    const fresh = await opcc(root, 'build', model, '--out', site, '--cache', cache);
    expect(fresh.stdout.replace('from the kept entry\n', kept.inputs.report)).toBe(first.stdout);
    expect(treeDigest(site)).toEqual(treeDigest(join(root, 'uncached')));
    expect(uncached.stdout.replace(join(root, 'uncached'), site).replace(join(root, 'uncached'), site)).toBe(first.stdout);
  }, 60_000);

  it('misses after a change of any byte of any model file, or of a reference document', async () => {
    const { model } = workspace();
    writeDocument(model, 'version 1');
    const key = modelInputKey(model, 'build');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(modelInputKey(model, 'build')).toBe(key);
    expect(modelInputKey(model, 'build --verbose')).not.toBe(key);
    for (const name of readdirSync(model).filter((n) => n.endsWith('.yaml'))) {
      const path = join(model, name);
      const bytes = readFileSync(path);
      for (const at of [0, bytes.length >> 1, bytes.length - 1]) {
        const changed = Buffer.from(bytes);
        changed[at] = (bytes[at] ?? 0) ^ 1;
        writeFileSync(path, changed);
        expect(modelInputKey(model, 'build'), `${name} byte ${at}`).not.toBe(key);
      }
      writeFileSync(path, bytes);
    }
    expect(modelInputKey(model, 'build')).toBe(key);
    writeFileSync(join(model, 'extra.yaml'), '');
    expect(modelInputKey(model, 'build'), 'a new file').not.toBe(key);
  });

  it('copies the reference document as it is now, and never serves a site whose document changed', async () => {
    const { root, model, cache, site } = workspace();
    writeDocument(model, 'version 1');
    expect((await opcc(root, 'build', model, '--out', site, '--cache', cache)).code).toBe(0);
    expect(readFileSync(join(site, 'documents', 'framework.pdf'), 'utf8')).toBe('version 1');
    // The key the command kept the build under; the model files do not change below, so neither does it.
    const key = (inputEntries(cache)[0] ?? '').replace(/\.json$/, '');
    const options = { out: site, siteCache: join(cache, 'site'), modelDir: model };
    expect(cachedBuild(key, options)?.written).toBe(false);
    writeDocument(model, 'version 2');
    expect(cachedBuild(key, options)).toBeUndefined();
    expect((await opcc(root, 'build', model, '--out', site, '--cache', cache)).code).toBe(0);
    expect(readFileSync(join(site, 'documents', 'framework.pdf'), 'utf8')).toBe('version 2');
    rmSync(join(model, 'documents', 'framework.pdf'));
    const missing = await opcc(root, 'build', model, '--out', site, '--cache', cache);
    expect(missing.stdout).toContain('missing-reference-file');
    expect(readdirSync(site)).not.toContain('documents');
  }, 60_000);

  it('keeps nothing for a model with errors, and refuses a folder it may not replace as a build without the cache does', async () => {
    const { root, model, cache, site } = workspace();
    writeFileSync(join(model, 'maps.yaml'), readFileSync(join(model, 'maps.yaml'), 'utf8').replace(/lane: \S+/, 'lane: no-such-lane'));
    const broken = await opcc(root, 'build', model, '--out', site, '--cache', cache);
    expect(broken.code).toBe(1);
    expect(inputEntries(cache)).toEqual([]);

    cpSync(join(minimal, 'maps.yaml'), join(model, 'maps.yaml'));
    expect((await opcc(root, 'build', model, '--out', site, '--cache', cache)).code).toBe(0);
    writeFileSync(join(site, 'notes.txt'), 'mine');
    const refused = await opcc(root, 'build', model, '--out', site, '--cache', cache);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^opcc: Refusing to write the site into /);
    expect(readFileSync(join(site, 'notes.txt'), 'utf8')).toBe('mine');
  }, 60_000);
});
