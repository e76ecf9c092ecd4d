import type { Model } from '@opcc/core';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EXIT, type CliIo } from '../io.js';
import { safeText } from '../report/safe-text.js';

/**
 * The model folder a command was pointed at, or undefined after saying why it is not one (to
 * stderr: it is misuse). Pointed at a file such as model.yaml, it names the folder to use instead.
 */
export function modelFolder(dir: string, io: CliIo): string | undefined {
  const folder = resolve(io.cwd, dir);
  const kind = pathKind(folder);
  if (kind === 'folder') return folder;
  io.stderr(
    kind === 'file'
      ? `opcc: ${safeText(folder)} is a file; point opcc at the folder that holds the model files, e.g. ${safeText(dirname(folder))}\n`
      : `opcc: there is no folder at ${safeText(folder)}\n`,
  );
  return undefined;
}

/**
 * Loads a model folder for a command that needs a valid model. Problems are printed to stdout;
 * the exit code to return is given instead of a model when the folder is missing or has errors.
 */
export async function loadOrReport(dir: string, io: CliIo, options: { verbose?: boolean } = {}): Promise<{ model: Model; folder: string } | { exit: number }> {
  const folder = modelFolder(dir, io);
  if (folder === undefined) return { exit: EXIT.usage };
  // Loaded here, not at start: `opcc build` answered from its cache never needs core's heavy modules.
  const [{ loadModel }, { diagnosticsText }] = await Promise.all([import('@opcc/core'), import('../report/print-diagnostics.js')]);
  const { model, diagnostics, ok } = await loadModel(folder);
  const report = diagnosticsText(diagnostics, options);
  if (report !== '') io.stdout(report);
  return ok ? { model, folder } : { exit: EXIT.modelProblems };
}

/** Whether a path is a folder, some other file, or nothing. */
export function pathKind(path: string): 'folder' | 'file' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}
