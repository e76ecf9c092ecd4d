import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { guide } from '@opcc/guide';
import type { LayoutEngine } from '@opcc/render';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../../../tests/support/temp-tree.js';
import { buildSite } from './build-site.js';

const temp = tempDirs();
const fresh = () => join(temp('site'), 'site');
const snapshot = (dir: string) => new Map(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name))]));

describe('buildSite', () => {
  it('gives byte-identical files for the same model', async () => {
    const a = fresh();
    const b = fresh();
    await buildSite(guide, { out: a });
    await buildSite(guide, { out: b });
    const first = snapshot(a);
    const second = snapshot(b);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, bytes] of first) expect(second.get(path)?.equals(bytes), path).toBe(true);
    expect(first.size).toBeGreaterThan(30);
  }, 60_000);

  it('leaves the previous site untouched when a build fails part-way', async () => {
    const out = fresh();
    await buildSite(guide, { out });
    writeFileSync(join(out, 'glossary.html'), 'previous site');
    const before = snapshot(out);
    let calls = 0;
    const failing: LayoutEngine = {
      layout: () => {
        calls += 1;
        return Promise.reject(new Error('layout failed'));
      },
    };
    await expect(buildSite(guide, { out, engine: failing })).rejects.toThrow('layout failed');
    expect(calls).toBeGreaterThan(0);
    const after = snapshot(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [path, bytes] of before) expect(after.get(path)?.equals(bytes), path).toBe(true);
    expect(readdirSync(join(out, '..'))).toEqual(['site']);
  }, 60_000);
});

describe('an unchanged build', () => {
  it('writes nothing, and a build after a file went missing writes the site again', async () => {
    const out = fresh();
    expect((await buildSite(guide, { out })).written).toBe(true);
    expect((await buildSite(guide, { out })).written).toBe(false);
    rmSync(join(out, 'glossary.html'));
    expect((await buildSite(guide, { out })).written).toBe(true);
    expect(existsSync(join(out, 'glossary.html'))).toBe(true);
  }, 60_000);
});
