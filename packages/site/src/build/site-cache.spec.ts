import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelBuilder } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../../../tests/support/temp-tree.js';
import { KEPT_SITES, SiteCache } from './site-cache.js';

const temp = tempDirs();
const model = (n: number) => new ModelBuilder().manifest({ title: `Model ${n}` }).build().model;
const built = (n: number) => ({ files: new Map([['index.html', `<p>model ${n}</p>`], ['assets/site.css', 'p{}']]), warnings: [] });

/** Stores site n and dates its entry n seconds after the epoch, so the order of use is plain whatever the clock's resolution. */
function storeAt(dir: string, n: number): SiteCache {
  const before = new Set(existing(dir));
  const cache = new SiteCache(dir, model(n));
  cache.store(built(n));
  for (const name of existing(dir).filter((name) => !before.has(name))) utimesSync(join(dir, 'sites', name), n, n);
  return cache;
}

function existing(dir: string): string[] {
  try {
    return readdirSync(join(dir, 'sites'));
  } catch {
    return [];
  }
}

describe('the built-site cache', () => {
  it('keeps only the sites used last and the files they hold, and removes nothing it did not write', () => {
    const dir = temp('site-cache');
    mkdirSync(join(dir, 'files'), { recursive: true });
    writeFileSync(join(dir, 'files', 'notes.txt'), 'mine');
    const caches = Array.from({ length: KEPT_SITES + 3 }, (_, n) => storeAt(dir, n + 1));
    expect(existing(dir)).toHaveLength(KEPT_SITES);
    expect(caches.map((cache) => cache.load() !== undefined)).toEqual([false, false, false, ...Array<boolean>(KEPT_SITES).fill(true)]);
    const held = new Set(
      existing(dir).flatMap((name) => Object.values(JSON.parse(readFileSync(join(dir, 'sites', name), 'utf8')).files as Record<string, string>)),
    );
    // Each site's page differs and the stylesheet is shared: one blob per kept page, one for the stylesheet.
    expect(held.size).toBe(KEPT_SITES + 1);
    expect(readdirSync(join(dir, 'files')).sort()).toEqual([...held, 'notes.txt'].sort());
    expect(readFileSync(join(dir, 'files', 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('counts reading a site as using it, so it outlives sites stored before the read', () => {
    const dir = temp('site-cache');
    const first = storeAt(dir, 1);
    const second = storeAt(dir, 2);
    for (let n = 3; n <= KEPT_SITES; n++) storeAt(dir, n);
    expect(first.load()?.files.get('index.html')).toBe('<p>model 1</p>');
    storeAt(dir, KEPT_SITES + 1);
    expect(first.load()?.files.get('index.html')).toBe('<p>model 1</p>');
    expect(second.load()).toBeUndefined();
  });

  it('keeps the sites of one model, or of one set of input files, for each audience apart: neither is served for the other', () => {
    const dir = temp('site-cache');
    const players = { files: new Map([['index.html', '<p>for participants</p>']]), warnings: [] };
    for (const key of [model(1), { inputs: 'a'.repeat(64) }]) {
      new SiteCache(dir, key).store(built(1));
      expect(new SiteCache(dir, key, 'participants').load()).toBeUndefined();
      new SiteCache(dir, key, 'participants').store(players);
      expect(new SiteCache(dir, key, 'participants').load()?.files.get('index.html')).toBe('<p>for participants</p>');
      expect(new SiteCache(dir, key, 'all').load()?.files.get('index.html')).toBe('<p>model 1</p>');
      expect(new SiteCache(dir, key).load()?.files.get('index.html')).toBe('<p>model 1</p>');
    }
  });
});
