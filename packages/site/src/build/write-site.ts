import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { compareText, sha256 } from '@opcc/core/files';
import { checkSiteOut, MANIFEST, type SiteOutGuard } from './site-out-guard.js';

export { MANIFEST };

/** The manifest a site folder holds: each file's SHA-256 by path, which tells a later build the folder is its own. */
export function manifestOf(files: ReadonlyMap<string, string | Uint8Array>): string {
  const entries = [...files].sort(([a], [b]) => compareText(a, b)).map(([path, content]) => [path, sha256(content)]);
  return `${JSON.stringify(Object.fromEntries(entries), null, 1)}\n`;
}

/** What {@link writeSite} did. */
export interface SiteWrite {
  /** False when the folder already held exactly these files, so nothing was written. */
  readonly written: boolean;
  /** The files written anew, sorted; every other file was carried over from the previous site unchanged (same inode, same mtime). */
  readonly rewritten: readonly string[];
}

/**
 * Writes a site unless the folder already holds exactly these files (by its manifest, and
 * every file still there as built: a page edited or removed by hand is written again). The manifest also lets a later build know the folder is its own:
 * any other folder is refused with a SiteOutError before anything is written (see checkSiteOut).
 * Returns whether anything was written.
 */
export function writeSiteIfChanged(out: string, files: ReadonlyMap<string, string | Uint8Array>, guard: SiteOutGuard = {}): boolean {
  return writeSite(out, files, guard).written;
}

/**
 * {@link writeSiteIfChanged}, saying which files were written anew. A file whose content is
 * already in the folder is linked into the new site rather than written, so a rebuild after a
 * small change writes only the pages that changed, and the atomic swap stays cheap.
 */
export function writeSite(out: string, files: ReadonlyMap<string, string | Uint8Array>, guard: SiteOutGuard = {}): SiteWrite {
  checkSiteOut(out, guard);
  const manifest = manifestOf(files);
  let existing: string | undefined;
  try {
    existing = readFileSync(join(out, MANIFEST), 'utf8');
  } catch {
    existing = undefined;
  }
  // Listed once, so that only files that are there are read: a failed read of each missing one costs more than the listing.
  const present = filesIn(out);
  const unchanged = new Set([...files].filter(([path, content]) => present.has(path) && sameContent(join(out, path), content)).map(([path]) => path));
  if (existing === manifest && unchanged.size === files.size) return { written: false, rewritten: [] };
  const rewritten = [...files.keys()].filter((path) => !unchanged.has(path)).sort(compareText);
  writeSiteAtomically(out, new Map([...files, [MANIFEST, manifest]]), unchanged);
  return { written: true, rewritten };
}

/**
 * Writes a whole site next to the output folder and only then puts it in place, so a build
 * that fails part-way leaves the previous site as it was. The swap is two renames in the
 * same parent folder. Files named in `unchanged` hold the same content in `out` already and are
 * linked from there instead of written (written after all where links are not possible).
 */
export function writeSiteAtomically(out: string, files: ReadonlyMap<string, string | Uint8Array>, unchanged: ReadonlySet<string> = new Set()): void {
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(out)}.building-${stamp}`);
  const previous = join(parent, `.${basename(out)}.previous-${stamp}`);
  try {
    for (const [path, content] of [...files].sort(([a], [b]) => compareText(a, b))) {
      const target = join(staging, path);
      mkdirSync(dirname(target), { recursive: true });
      if (!unchanged.has(path) || !linked(join(out, path), target)) writeFileSync(target, content);
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

/** Every file under a folder as a '/'-separated relative path; none when the folder is missing. */
function filesIn(dir: string): Set<string> {
  try {
    return new Set(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')),
    );
  } catch {
    return new Set();
  }
}

function sameContent(path: string, content: string | Uint8Array): boolean {
  try {
    return readFileSync(path).equals(typeof content === 'string' ? Buffer.from(content) : content);
  } catch {
    return false;
  }
}

function linked(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}
