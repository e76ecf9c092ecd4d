import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SourceBytes } from './decode-text.js';
import { LoadCache, loadModelFromBytes } from './load-model.js';
import { readModelFolder } from './read-model-folder.js';

const guide = fileURLToPath(new URL('../../../guide/model', import.meta.url));

/** The folder's files with one file's text changed (or the file left out, when `to` is undefined). */
function edited(files: readonly SourceBytes[], path: string, from: string, to: string | undefined): SourceBytes[] {
  const file = files.find((f) => f.path === path);
  const text = file === undefined ? '' : Buffer.from(file.bytes).toString('utf8');
  expect(text, `${path} holds "${from}"`).toContain(from);
  if (to === undefined) return files.filter((f) => f !== file);
  return files.map((f) => (f === file ? { path, bytes: Buffer.from(text.replace(from, to)) } : f));
}

describe('LoadCache', () => {
  it('gives, load after load, the model and diagnostics a load without it gives', () => {
    const { files } = readModelFolder(guide);
    const cache = new LoadCache();
    // One after the other, as saves in an editor: a title, a broken file, the fix, a file gone, a file back.
    const loads = [
      files,
      edited(files, 'maps/develop.yaml', 'title: Commission the strategic assessment', 'title: Commission the joint assessment'),
      edited(files, 'maps/develop.yaml', 'title: Commission the strategic assessment', 'title: [unclosed'),
      edited(files, 'maps/develop.yaml', 'title: Commission the strategic assessment', 'title: ""'),
      edited(files, 'maps/develop.yaml', 'kind: process-map', undefined),
      files,
    ];
    for (const [i, load] of loads.entries()) {
      const cached = loadModelFromBytes(load, [], {}, cache);
      const fresh = loadModelFromBytes(load);
      expect(cached.diagnostics, `load ${i}`).toEqual(fresh.diagnostics);
      expect(cached.ok, `load ${i}`).toBe(fresh.ok);
      expect(JSON.stringify(cached.model), `load ${i}`).toBe(JSON.stringify(fresh.model));
    }
    // The loads did differ, so the comparison above compared something.
    expect(loadModelFromBytes(loads[2] ?? [], [], {}, cache).ok).toBe(false);
  });
});
