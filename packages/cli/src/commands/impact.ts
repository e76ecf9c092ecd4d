import { applyChangeSet, changeSetProblems, formatImpact, hasErrors, impact, loadModel, type Diagnostic, type ImpactFormat, type Model } from '@opcc/core';
import { EXIT, type CliIo } from '../io.js';
import { diagnosticsText } from '../report/print-diagnostics.js';
import { safeLines, safeText } from '../report/safe-text.js';
import { modelFolder } from './load-or-report.js';

/** Options of `opcc impact` and `opcc diff`. */
export interface ImpactCommandOptions {
  readonly format: ImpactFormat;
  /** List every warning instead of the first few of each code. */
  readonly verbose?: boolean;
}

/**
 * Loads a model folder for a report, with every diagnostic it has: the report compares them with
 * those of the changed model. A folder with errors has them printed, as `validate` prints them,
 * and its exit code is returned instead.
 */
export async function loadForReport(
  dir: string,
  io: CliIo,
  options: { readonly verbose?: boolean },
): Promise<{ model: Model; diagnostics: readonly Diagnostic[]; folder: string } | { exit: number }> {
  const folder = modelFolder(dir, io);
  if (folder === undefined) return { exit: EXIT.usage };
  const { model, diagnostics, ok } = await loadModel(folder);
  if (ok) return { model, diagnostics, folder };
  io.stdout(diagnosticsText(diagnostics, options.verbose === true ? { verbose: true } : {}));
  return { exit: EXIT.modelProblems };
}

/** Prints a report in the chosen format, model text made safe for a terminal (JSON escapes it itself). */
export function printReport(io: CliIo, text: string, format: ImpactFormat): void {
  io.stdout(format === 'json' ? text : safeLines(text));
}

/**
 * Applies one change set of a model to a copy of it and prints what it would touch. Exit 0 when
 * it applies cleanly; 1 when the model has errors, or the change set does not apply (its located
 * problems are printed instead of a report), or its result has errors (printed after the report,
 * which lists them). The problems of the model's other change sets are not this one's.
 */
export async function impactCommand(dir: string, id: string, options: ImpactCommandOptions, io: CliIo): Promise<number> {
  const loaded = await loadForReport(dir, io, options);
  if ('exit' in loaded) return loaded.exit;
  const changeSet = loaded.model.changeSets.find((c) => c.id === id);
  if (changeSet === undefined) {
    const known = loaded.model.changeSets.map((c) => c.id).join(', ') || 'none';
    io.stderr(`opcc: the model has no change set "${safeText(id)}" (it has: ${safeText(known)})\n`);
    return EXIT.usage;
  }
  // The load checked every change set and located its problems in its file.
  const own = diagnosticsText(changeSetProblems(loaded.diagnostics, id), options.verbose === true ? { verbose: true } : {});
  const result = applyChangeSet(loaded.model, changeSet);
  if (!result.applies) {
    io.stdout(own);
    io.stdout(`Change set "${safeText(id)}" does not apply to the model.\n`);
    return EXIT.modelProblems;
  }
  const report = impact(loaded.model, result.model, { diagnostics: { before: loaded.diagnostics, after: result.diagnostics } });
  printReport(io, formatImpact(report, options.format, `Impact of "${changeSet.title}" (${changeSet.id})`), options.format);
  if (!hasErrors(result.diagnostics)) return EXIT.ok;
  // JSON output stays one document: its risks list the errors.
  if (options.format !== 'json') io.stdout(`\n${own}Change set "${safeText(id)}" applies, but leaves the model with errors it does not have now.\n`);
  return EXIT.modelProblems;
}
