import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkDocuments } from '../check/check-model.js';
import { diagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { assembleModel } from '../model/assemble.js';
import type { Model } from '../model/model.js';
import { compareText } from '../util/compare.js';
import { parseGlossaryCsv } from './csv-glossary.js';
import { parseYamlFile } from './parse-yaml.js';
import type { SourceDocument, SourceFile } from './source.js';
import { validateDocuments } from './validate-documents.js';

/** A loaded model with every problem found on the way. */
export interface LoadResult {
  readonly model: Model;
  /** Every problem, ordered by file and position. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when no diagnostic is an error. */
  readonly ok: boolean;
}

const MODEL_FILE = /\.(?:ya?ml|json|csv)$/i;

/**
 * Reads every YAML, JSON and CSV file under a folder (sub-folders too, hidden ones and
 * node_modules skipped) and returns the model and all its diagnostics. It never rejects for a
 * problem in the files; only when the folder itself cannot be read.
 */
export async function loadModel(dir: string): Promise<LoadResult> {
  return loadModelSync(dir);
}

/** {@link loadModel} for callers that must not wait, such as a package that exports a loaded model. */
export function loadModelSync(dir: string): LoadResult {
  const files: SourceFile[] = [];
  const unreadable: Diagnostic[] = [];
  for (const path of listModelFiles(dir)) {
    const name = relative(dir, path).split(sep).join('/');
    try {
      files.push({ path: name, text: readFileSync(path, 'utf8') });
    } catch (error) {
      unreadable.push(diagnostic('file-unreadable', `cannot read the file: ${(error as Error).message}`, { file: name }));
    }
  }
  const result = loadModelFromFiles(files);
  return unreadable.length === 0 ? result : withDiagnostics(result, unreadable);
}

/** Loads a model from file contents already in memory; paths are as they should be reported. */
export function loadModelFromFiles(files: ReadonlyArray<SourceFile>): LoadResult {
  const sources: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const unreadableNames = new Set<string>();
  for (const file of [...files].sort((a, b) => compareText(a.path, b.path))) {
    const parsed = file.path.toLowerCase().endsWith('.csv') ? parseGlossaryCsv(file) : parseYamlFile(file);
    sources.push(...parsed.documents);
    diagnostics.push(...parsed.diagnostics);
    for (const name of parsed.salvagedNames) unreadableNames.add(name);
  }
  return modelFromSources(sources, diagnostics, unreadableNames);
}

/** The shared tail of every way in: schema validation, cross-document checks, assembly. */
export function modelFromSources(sources: ReadonlyArray<SourceDocument>, earlier: ReadonlyArray<Diagnostic> = [], unreadableNames: ReadonlySet<string> = new Set()): LoadResult {
  const validated = validateDocuments(sources);
  const salvaged = new Set([...unreadableNames, ...validated.salvagedNames]);
  const diagnostics = sortDiagnostics([...earlier, ...validated.diagnostics, ...checkDocuments(validated.documents, salvaged)]);
  return { model: assembleModel(validated.documents), diagnostics, ok: !hasErrors(diagnostics) };
}

function withDiagnostics(result: LoadResult, more: ReadonlyArray<Diagnostic>): LoadResult {
  const diagnostics = sortDiagnostics([...result.diagnostics, ...more]);
  return { model: result.model, diagnostics, ok: !hasErrors(diagnostics) };
}

function listModelFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && MODEL_FILE.test(entry.name) && !entry.name.endsWith('.schema.json')) found.push(path);
    }
  };
  walk(dir);
  return found.sort();
}
