import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../../../tests/support/temp-tree.js';
import { QUIET_MS, watchModel } from './model-watcher.js';

const temp = tempDirs();

/** Watches a fresh folder, noting what the file holds each time the watcher says the changes are over. */
function watched() {
  const dir = temp('watch');
  const file = join(dir, 'map.yaml');
  writeFileSync(file, 'title: first\n');
  const seen: string[] = [];
  let settled = () => {};
  const watcher = watchModel(
    dir,
    () => {
      seen.push(readFileSync(file, 'utf8'));
      settled();
    },
    (error) => {
      throw error;
    },
  );
  const next = () => new Promise<void>((done) => (settled = done));
  return { file, seen, watcher, next };
}

describe('watchModel', () => {
  it('calls back once for a save, with the file as saved', async () => {
    const { file, seen, watcher, next } = watched();
    try {
      const done = next();
      writeFileSync(file, 'title: second\n');
      await done;
      // Nothing more comes of the one save.
      await sleep(QUIET_MS * 5);
      expect(seen).toEqual(['title: second\n']);
    } finally {
      watcher.close();
    }
  });

  it('waits for a save written in several steps to end, and never reads it half-written', async () => {
    const { file, seen, watcher, next } = watched();
    try {
      const done = next();
      // Truncated, then written in parts, each an event, as some editors do.
      writeFileSync(file, '');
      for (const part of ['title: ', 'third', '\n']) writeFileSync(file, part, { flag: 'a' });
      await done;
      await sleep(QUIET_MS * 5);
      expect(seen).toEqual(['title: third\n']);
    } finally {
      watcher.close();
    }
  });

  it('tells a rebuild that the model changed again while it ran', async () => {
    const { file, watcher, next } = watched();
    try {
      const done = next();
      writeFileSync(file, 'title: fourth\n');
      await done;
      const since = watcher.events();
      expect(await watcher.quietFor(QUIET_MS, since)).toBe(true);
      const again = next();
      const overtaken = watcher.quietFor(QUIET_MS * 20, since);
      writeFileSync(file, 'title: fifth\n');
      expect(await overtaken).toBe(false);
      await again;
    } finally {
      watcher.close();
    }
  });
});
