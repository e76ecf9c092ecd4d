import { compareText, hasErrors, importInjectsCsv, loadModel, type Model, type Scenario } from '@opcc/core';
import { writeFileAtomically } from '@opcc/core/files';
import { injectsCsv } from '@opcc/render';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { EXIT, type CliIo } from '../io.js';
import { diagnosticsText } from '../report/print-diagnostics.js';
import { safeText } from '../report/safe-text.js';
import { writeOneExport } from './write-one-export.js';
import { loadOrReport, modelFolder, pathKind } from './load-or-report.js';

/** Options of `opcc scenario export-injects`. */
export interface ExportInjectsOptions {
  /** The CSV file to write; stdout when left out. */
  readonly out?: string;
  /** False to write cells as they are, with no quote before = + - @. */
  readonly neutralise?: boolean;
}

function scenarioOf(model: Model, id: string, io: CliIo): Scenario | undefined {
  const scenario = model.scenarios.find((s) => s.id === id);
  if (scenario === undefined) {
    const known = model.scenarios.map((s) => s.id).join(', ') || 'none';
    io.stderr(`opcc: the model has no scenario "${safeText(id)}" (it has: ${safeText(known)})\n`);
  }
  return scenario;
}

/** Writes a scenario's injects as a master scenario events list in CSV, one row per inject. */
export async function exportInjectsCommand(dir: string, id: string, options: ExportInjectsOptions, io: CliIo): Promise<number> {
  const loaded = await loadOrReport(dir, io);
  if ('exit' in loaded) return loaded.exit;
  const scenario = scenarioOf(loaded.model, id, io);
  if (scenario === undefined) return EXIT.usage;
  const csv = injectsCsv(scenario, options.neutralise === false ? { neutralise: false } : {});
  if (options.out === undefined) {
    io.stdout(csv);
    return EXIT.ok;
  }
  return writeOneExport(options.out, csv, [loaded.folder], io, '.csv');
}

/**
 * Reads a master scenario events list (CSV) into a scenario's injects, replacing those it had,
 * in the YAML file that holds the scenario; the rest of the file, comments included, is kept.
 * Each problem in the CSV is reported at its row and cell, and then nothing is written. Once
 * the injects are in, the model is validated again, so that what they name (roles, steps,
 * objectives) is checked as for any scenario.
 */
export async function importInjectsCommand(dir: string, id: string, csvFile: string, io: CliIo): Promise<number> {
  const folder = modelFolder(dir, io);
  if (folder === undefined) return EXIT.usage;
  const loaded = await loadOrReport(folder, io);
  if ('exit' in loaded) return loaded.exit;
  const scenario = scenarioOf(loaded.model, id, io);
  if (scenario === undefined) return EXIT.usage;
  const source = resolve(io.cwd, csvFile);
  if (pathKind(source) !== 'file') {
    io.stderr(`opcc: there is no file at ${safeText(source)}\n`);
    return EXIT.usage;
  }
  const { injects, diagnostics } = importInjectsCsv(readFileSync(source, 'utf8'), scenario, relative(io.cwd, source) || source);
  const report = diagnosticsText(diagnostics, {});
  if (report !== '') io.stdout(report);
  if (injects === undefined || hasErrors(diagnostics)) return EXIT.modelProblems;
  const place = scenarioFile(folder, id);
  if (place === undefined) {
    io.stderr(`opcc: scenario "${safeText(id)}" is not in a YAML file of ${safeText(folder)}, so its injects cannot be written back\n`);
    return EXIT.usage;
  }
  const documents = parseAllDocuments(readFileSync(place.file, 'utf8'));
  const document = Array.isArray(documents) ? documents[place.index] : undefined;
  if (document === undefined) return EXIT.failure;
  scenario.modules.forEach((m, i) => document.setIn(['modules', i, 'injects'], document.createNode(injects.get(m.id) ?? [], { flow: false })));
  const text = (documents as (typeof document)[]).map((d) => d.toString({ lineWidth: 0 })).join('');
  // Whole or not at all, so a failure part way never leaves half of the user's scenario.
  writeFileAtomically(place.file, text);
  const again = await loadModel(folder);
  const after = diagnosticsText(again.diagnostics, {});
  if (after !== '') io.stdout(after);
  io.stdout(`wrote ${[...injects.values()].flat().length} injects into ${safeText(place.file)}\n`);
  return again.ok ? EXIT.ok : EXIT.modelProblems;
}

/** The YAML files the loader reads (hidden folders and node_modules skipped), in a stable order. */
function yamlFilesOfModel(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...yamlFilesOfModel(path));
    else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) files.push(path);
  }
  return files.sort(compareText);
}

/** The YAML file, and the document within it, that declares a scenario. */
function scenarioFile(folder: string, id: string): { readonly file: string; readonly index: number } | undefined {
  for (const file of yamlFilesOfModel(folder)) {
    const documents = parseAllDocuments(readFileSync(file, 'utf8'));
    if (!Array.isArray(documents)) continue;
    const index = documents.findIndex((d) => {
      const value = d.toJS() as { kind?: unknown; id?: unknown } | null;
      return value?.kind === 'scenario' && value.id === id;
    });
    if (index >= 0) return { file, index };
  }
  return undefined;
}
