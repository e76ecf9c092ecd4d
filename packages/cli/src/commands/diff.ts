import { diffModels, documentSchemas, formatImpact, impact, type ModelDiff } from '@opcc/core';
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { EXIT, type CliIo } from '../io.js';
import { safeLines, safeText } from '../report/safe-text.js';
import { loadForReport, printReport, type ImpactCommandOptions } from './impact.js';
import { writeOneExport } from './write-one-export.js';

/** Options of `opcc diff`. */
export interface DiffOptions extends ImpactCommandOptions {
  /** Write the difference as a change set (YAML) instead of the report. */
  readonly changeSet?: boolean;
  /** The id of the change set written; `changes` when left out. */
  readonly id?: string;
  /** The title of the change set written. */
  readonly title?: string;
  /** The file to write the change set to; stdout when left out. */
  readonly out?: string;
}

/** The change set that says a difference, as YAML with a comment naming what it leaves out, or why --id or --title cannot make one. */
function changeSetYaml(diff: ModelDiff, options: DiffOptions, from: string, to: string): { yaml: string } | { problem: string } {
  const title = options.title ?? `Changes from ${basename(from)} to ${basename(to)}`;
  const document = {
    kind: 'change-set',
    id: options.id ?? 'changes',
    title,
    rationale: `The difference between the model in ${basename(from)} and the model in ${basename(to)}, found by opcc diff.`,
    status: 'proposed',
    changes: diff.changes,
  };
  const left = diff.unexpressed.map((what) => `#   ${what}\n`).join('');
  const note = left === '' ? '' : `# Also different, which no change can say:\n${left}`;
  // What is written must load: a bad --id or --title is found here, not by the next opcc validate.
  const checked = documentSchemas['change-set'].safeParse(document);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { problem: `the change set would not be valid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim() };
  }
  return { yaml: `${note}${stringify(document, { lineWidth: 0, aliasDuplicateObjects: false })}` };
}

/** Writes the change set to --out under the export rule, or says why not; returns the exit code. */
/**
 * Compares two model folders and prints the impact report of going from the first to the
 * second; with `changeSet`, writes the difference as a change set instead.
 */
export async function diffCommand(oldDir: string, newDir: string, options: DiffOptions, io: CliIo): Promise<number> {
  if (!options.changeSet && (options.out !== undefined || options.id !== undefined || options.title !== undefined)) {
    io.stderr('opcc: --out, --id and --title go with --change-set\n');
    return EXIT.usage;
  }
  const before = await loadForReport(oldDir, io, options);
  if ('exit' in before) return before.exit;
  const after = await loadForReport(newDir, io, options);
  if ('exit' in after) return after.exit;
  const diff = diffModels(before.model, after.model);
  if (options.changeSet === true) {
    if (diff.changes.length === 0) {
      io.stdout(`The models differ in nothing a change set can say; nothing was written.\n${diff.unexpressed.map((w) => `  also different: ${w}\n`).join('')}`);
      return EXIT.ok;
    }
    const made = changeSetYaml(diff, options, before.folder, after.folder);
    if ('problem' in made) {
      io.stderr(`opcc: nothing was written: ${safeText(made.problem)}\n`);
      return EXIT.usage;
    }
    if (options.out === undefined) {
      io.stdout(safeLines(made.yaml));
      return EXIT.ok;
    }
    return writeOneExport(options.out, made.yaml, [before.folder, after.folder], io, '.yaml');
  }
  const report = impact(before.model, after.model, { diagnostics: { before: before.diagnostics, after: after.diagnostics } });
  const title = `Changes from ${before.folder} to ${after.folder}`;
  const also = options.format === 'json' || diff.unexpressed.length === 0 ? '' : `\nAlso different, and not in this report: ${diff.unexpressed.join('; ')}.\n`;
  printReport(io, `${formatImpact(report, options.format, title)}${also}`, options.format);
  return EXIT.ok;
}
