import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

// Counts the writes of this process, so two writes of one path at the same time never share a temporary file.
let writes = 0;

/**
 * Writes a file whole or not at all, so that a reader sees the old file or the new one, never half of one: the
 * content goes to a new temporary file beside it (in the same folder, so the rename never crosses file systems),
 * which then takes the file's name in one rename. The folder is made when missing. The temporary file is created
 * new, never over another file, and is removed when anything fails; its name ends in `.opcc-partial`, which no
 * loader reads as a model or cache file.
 * @example
 * ```ts
 * writeFileAtomically('.cache/layout/0f3a….json', JSON.stringify(layout));
 * ```
 */
export function writeFileAtomically(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writes += 1;
  const partial = `${path}.${process.pid}-${writes}.opcc-partial`;
  // Before this open succeeds nothing is ours to remove: a file already at the temporary name is left alone.
  const fd = openSync(partial, 'wx');
  try {
    try {
      writeFileSync(fd, content);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
