import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compareText, writeFileAtomically } from '@opcc/core/files';
import { manifestOf, MANIFEST, type SiteWrite } from './write-site.js';

/** The bytes of a file's content, without copying them when they are bytes already. */
function bytesOf(content: string | Uint8Array): Buffer {
  return typeof content === 'string' ? Buffer.from(content) : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
}

function same(a: string | Uint8Array | undefined, b: string | Uint8Array): boolean {
  if (a === undefined) return false;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return bytesOf(a).equals(bytesOf(b));
}

/** Removes a folder and the folders above it, up to `root`, while they are empty, as a full write would not make them. */
function pruneEmpty(dir: string, root: string): void {
  for (let current = dir; current.length > root.length && current.startsWith(root); current = dirname(current)) {
    if (readdirSync(current).length > 0) return;
    rmdirSync(current);
  }
}

/**
 * Writes those of `files` whose content differs from `previous` (what the folder holds) into the site folder,
 * each through a rename, and gives their paths in the order given. Nothing else is touched, not even the
 * manifest: for writing some pages ahead of the rest of a rebuild, which updateSite then finishes.
 */
export function updateFiles(out: string, files: Iterable<readonly [string, string | Uint8Array]>, previous: ReadonlyMap<string, string | Uint8Array>): string[] {
  const changed = [...files].filter(([path, content]) => !same(previous.get(path), content));
  for (const [path, content] of changed) writeFileAtomically(join(out, path), content);
  return changed.map(([path]) => path);
}

/**
 * Brings a site folder that holds exactly `previous` (as writeSite or this function wrote it) up to date
 * with `files` in place: each new or changed file is written through a rename, each file gone is removed,
 * and the manifest is written again; the files that did not change are not touched. Far cheaper than
 * writeSite's swap of the whole folder, for a folder only this process writes (opcc dev's private
 * folder): a reader may see some files of the new site beside others of the old until it returns, so
 * a build that others read must use writeSite. Call checkSiteOut first, as writeSite does.
 */
export function updateSite(out: string, files: ReadonlyMap<string, string | Uint8Array>, previous: ReadonlyMap<string, string | Uint8Array>): SiteWrite {
  const rewritten = updateFiles(out, files, previous);
  const gone = [...previous.keys()].filter((path) => !files.has(path));
  if (rewritten.length === 0 && gone.length === 0) return { written: false, rewritten: [] };
  for (const path of gone) {
    rmSync(join(out, path), { force: true });
    pruneEmpty(dirname(join(out, path)), out);
  }
  writeFileAtomically(join(out, MANIFEST), manifestOf(files));
  return { written: true, rewritten: rewritten.sort(compareText) };
}
