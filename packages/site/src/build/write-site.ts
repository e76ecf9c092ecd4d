import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { compareText } from '@opcc/core';
import { checkSiteOut, MANIFEST, type SiteOutGuard } from './site-out-guard.js';

export { MANIFEST };

function manifestOf(files: ReadonlyMap<string, string | Uint8Array>): string {
  const entries = [...files].sort(([a], [b]) => compareText(a, b)).map(([path, content]) => [path, createHash('sha256').update(content).digest('hex')]);
  return `${JSON.stringify(Object.fromEntries(entries), null, 1)}\n`;
}

/**
 * Writes a site unless the folder already holds exactly these files (by its manifest, and
 * every file still there as built: a page edited or removed by hand is written again). The manifest also lets a later build know the folder is its own:
 * any other folder is refused with a SiteOutError before anything is written (see checkSiteOut).
 * Returns whether anything was written.
 */
export function writeSiteIfChanged(out: string, files: ReadonlyMap<string, string | Uint8Array>, guard: SiteOutGuard = {}): boolean {
  checkSiteOut(out, guard);
  const manifest = manifestOf(files);
  let existing: string | undefined;
  try {
    existing = readFileSync(join(out, MANIFEST), 'utf8');
  } catch {
    existing = undefined;
  }
  if (existing === manifest && [...files].every(([path, content]) => sameContent(join(out, path), content))) return false;
  writeSiteAtomically(out, new Map([...files, [MANIFEST, manifest]]));
  return true;
}

/**
 * Writes a whole site next to the output folder and only then puts it in place, so a build
 * that fails part-way leaves the previous site as it was. The swap is two renames in the
 * same parent folder.
 */
export function writeSiteAtomically(out: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(out)}.building-${stamp}`);
  const previous = join(parent, `.${basename(out)}.previous-${stamp}`);
  try {
    for (const [path, content] of [...files].sort(([a], [b]) => compareText(a, b))) {
      const target = join(staging, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  let moved = false;
  try {
    renameSync(out, previous);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
  }
  renameSync(staging, out);
  if (moved) rmSync(previous, { recursive: true, force: true });
}

function sameContent(path: string, content: string | Uint8Array): boolean {
  try {
    return readFileSync(path).equals(typeof content === 'string' ? Buffer.from(content) : content);
  } catch {
    return false;
  }
}
