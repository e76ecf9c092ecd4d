import { resolve } from 'node:path';
import { EXIT, type CliIo } from '../io.js';
import { safeText } from '../report/safe-text.js';
import { exportBlocker, modelFolderOf, writeExports } from './export-files.js';
import { pathKind } from './load-or-report.js';

/**
 * Writes one file a command exports to `--out` (a change set, a CSV of injects) under the export rule, or says
 * why it wrote nothing: never into a model folder, where the loader could read it, and never over a file it did
 * not write or that was changed since. Gives the exit code.
 */
export function writeOneExport(out: string, text: string, modelFolders: readonly string[], io: CliIo, extension: string): number {
  const file = resolve(io.cwd, out);
  if (pathKind(file) === 'folder') {
    io.stderr(`opcc: --out ${safeText(file)} is a folder; name the ${extension} file to write\n`);
    return EXIT.usage;
  }
  const model = modelFolderOf(file, modelFolders);
  if (model !== undefined) {
    io.stderr(
      `opcc: nothing was written: ${safeText(file)} is inside the model folder ${safeText(model)}, where it could be read as a model file; write it outside every model\n`,
    );
    return EXIT.usage;
  }
  const blocked = exportBlocker(file);
  if (blocked !== undefined) {
    io.stderr(`opcc: nothing was written: ${safeText(file)} ${blocked}; choose another --out or move the file away\n`);
    return EXIT.usage;
  }
  writeExports(new Map([[file, text]]));
  io.stdout(`wrote ${safeText(file)}\n`);
  return EXIT.ok;
}
