import { loadModel } from '@opcc/core';
import { resolve } from 'node:path';
import { EXIT, type CliIo } from '../io.js';
import { diagnosticsJson, diagnosticsText } from '../report/print-diagnostics.js';
import { summaryText } from '../report/summary.js';
import { isFolder } from './load-or-report.js';

/** Options of `opcc validate`. */
export interface ValidateOptions {
  readonly format: 'text' | 'json';
  readonly summary: boolean;
}

/** Checks a model folder, prints every problem and (in text form) a summary; returns the exit code. */
export async function validateCommand(dir: string, options: ValidateOptions, io: CliIo): Promise<number> {
  const folder = resolve(io.cwd, dir);
  if (!isFolder(folder)) {
    io.stderr(`opcc: there is no folder at ${folder}\n`);
    return EXIT.usage;
  }
  const { model, diagnostics, ok } = await loadModel(folder);
  if (options.format === 'json') {
    io.stdout(diagnosticsJson(diagnostics));
  } else {
    const report = diagnosticsText(diagnostics);
    if (report !== '') io.stderr(report);
    if (options.summary) io.stdout(`${summaryText(model)}\n${ok ? 'The model is valid.' : 'The model has errors.'}${diagnostics.length === 0 ? ' No problems found.' : ''}\n`);
  }
  return ok ? EXIT.ok : EXIT.modelProblems;
}
