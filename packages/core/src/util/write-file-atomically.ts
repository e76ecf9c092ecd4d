import { closeSync, constants, copyFileSync, linkSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Options of {@link writeFileAtomically}. */
export interface AtomicWriteOptions {
  /**
   * False to write only a new file: an error with code EEXIST, and nothing written, when anything is at the path
   * already (a file, a folder, a link even to nothing), even one that appears while the content is written.
   * Defaults to true: an old file is replaced.
   */
  readonly replace?: boolean;
}

// Counts the writes of this process, so two writes of one path at the same time never share a temporary file.
let writes = 0;

/** Gives the finished temporary file the path's name, without replacing anything there. */
function placeNew(partial: string, path: string): void {
  try {
    linkSync(partial, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A file system without hard links: an exclusive copy still never replaces anything, though a reader could see it half made.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    copyFileSync(partial, path, constants.COPYFILE_EXCL);
  }
  rmSync(partial, { force: true });
}

/**
 * Writes a file whole or not at all, so that a reader sees the old file or the new one, never half of one: the
 * content goes to a new temporary file beside it (in the same folder, so the rename never crosses file systems),
 * which then takes the file's name in one rename. The folder is made when missing. The temporary file is created
 * new, never over another file, and is removed when anything fails; its name ends in `.opcc-partial`, which no
 * loader reads as a model or cache file. With `replace: false` it only ever makes a new file.
 * @example
 * ```ts
 * writeFileAtomically('.cache/layout/0f3a….json', JSON.stringify(layout));
 * writeFileAtomically('my-model/maps/imported.yaml', text, { replace: false }); // EEXIST if the file is there
 * ```
 */
export function writeFileAtomically(path: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): void {
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
    if (options.replace === false) placeNew(partial, path);
    else renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
