import { loadModel } from '@opcc/core';
import { EXIT, type CliIo } from '../io.js';
import { diagnosticsJson, diagnosticsText } from '../report/print-diagnostics.js';
import { summaryText } from '../report/summary.js';
import { modelFolder } from './load-or-report.js';

/** Options of `opcc validate`. */
export interface ValidateOptions {
  readonly format: 'text' | 'json';
  readonly summary: boolean;
  /** List every warning instead of the first few of each code. */
  readonly verbose?: boolean;
}

/**
 * Checks a model folder and prints every problem and (in text form) a summary to stdout, so
 * `opcc validate m > report.txt` keeps them all; returns the exit code.
 */
export async function validateCommand(dir: string, options: ValidateOptions, io: CliIo): Promise<number> {
  const folder = modelFolder(dir, io);
  if (folder === undefined) return EXIT.usage;
  const { model, diagnostics, ok } = await loadModel(folder);
  if (options.format === 'json') {
    io.stdout(diagnosticsJson(diagnostics));
  } else {
    const report = diagnosticsText(diagnostics, options.verbose === true ? { verbose: true } : {});
    if (report !== '') io.stdout(options.summary ? `${report}\n` : report);
    const verdict = `${ok ? 'The model is valid.' : 'The model has errors.'}${diagnostics.length === 0 ? ' No problems found.' : ''}`;
    if (options.summary) io.stdout(`${summaryText(model)}\n${verdict}\n`);
  }
  return ok ? EXIT.ok : EXIT.modelProblems;
}
