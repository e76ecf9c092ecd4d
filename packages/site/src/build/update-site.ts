import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compareText, writeFileAtomically } from '@opcc/core/files';
import { manifestOf, MANIFEST, type SiteWrite } from './write-site.js';

function same(a: string | Uint8Array | undefined, b: string | Uint8Array): boolean {
  if (a === undefined) return false;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return Buffer.from(a).equals(Buffer.from(b));
}

/** Removes a folder and the folders above it, up to `root`, while they are empty, as a full write would not make them. */
function pruneEmpty(dir: string, root: string): void {
  for (let current = dir; current.length > root.length && current.startsWith(root); current = dirname(current)) {
    if (readdirSync(current).length > 0) return;
    rmdirSync(current);
  }
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
  const rewritten = [...files].filter(([path, content]) => !same(previous.get(path), content)).map(([path]) => path);
  const gone = [...previous.keys()].filter((path) => !files.has(path));
  if (rewritten.length === 0 && gone.length === 0) return { written: false, rewritten: [] };
  for (const path of rewritten) writeFileAtomically(join(out, path), files.get(path) ?? '');
  for (const path of gone) {
    rmSync(join(out, path), { force: true });
    pruneEmpty(dirname(join(out, path)), out);
  }
  writeFileAtomically(join(out, MANIFEST), manifestOf(files));
  return { written: true, rewritten: rewritten.sort(compareText) };
}
