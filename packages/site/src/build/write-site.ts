import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
    for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
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
