import { loadModel, type Model } from '@opcc/core';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, type CliIo } from '../io.js';
import { diagnosticsText } from '../report/print-diagnostics.js';

/**
 * Loads a model folder for a command that needs a valid model. Problems are printed; the exit
 * code to return is given instead of a model when the folder is missing or has errors.
 */
export async function loadOrReport(dir: string, io: CliIo): Promise<{ model: Model } | { exit: number }> {
  const folder = resolve(io.cwd, dir);
  if (!isFolder(folder)) {
    io.stderr(`opcc: there is no folder at ${folder}\n`);
    return { exit: EXIT.usage };
  }
  const { model, diagnostics, ok } = await loadModel(folder);
  const report = diagnosticsText(diagnostics);
  if (report !== '') io.stderr(report);
  return ok ? { model } : { exit: EXIT.modelProblems };
}

/** True when the path is an existing folder. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
