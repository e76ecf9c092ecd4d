import { join } from 'node:path';
import { checkDocuments, type CheckOptions } from '../check/check-model.js';
import { diagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckerStage } from '../diagnostics/fields.js';
import { assembleModel } from '../model/assemble.js';
import type { Model } from '../model/model.js';
import { compareText } from '../util/compare.js';
import { parseGlossaryCsv } from './csv-glossary.js';
import { decodeModelText, nulProblem, type SourceBytes } from './decode-text.js';
import { isGlossaryCsv } from './glossary-csv-file.js';
import { parseYamlFile, type ParsedFile } from './parse-yaml.js';
import { NODE_FILE_SYSTEM, readModelFolder, type ModelFileSystem } from './read-model-folder.js';
import type { ParsedDocument } from './parsed-document.js';
import type { SourceDocument, SourceFile } from './source.js';
import { validateDocuments, type ValidatedDocuments } from './validate-documents.js';
import { applyWaivers } from './waivers.js';

/** A loaded model with every problem found on the way. */
export interface LoadResult {
  readonly model: Model;
  /** Every problem, ordered by file and position. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when no diagnostic is an error. */
  readonly ok: boolean;
}

/** How to load a model folder. */
export interface LoadOptions {
  /** The file system to read; the machine's own by default. */
  readonly fileSystem?: ModelFileSystem;
}

/**
 * Reads every YAML, JSON and CSV file under a folder (sub-folders too, hidden ones and
 * node_modules skipped) and returns the model and all its diagnostics. It never rejects: a
 * folder or file that cannot be read, or is not UTF-8 text, is a diagnostic too.
 * @example
 * ```ts
 * const { model, diagnostics, ok } = await loadModel('my-model');
 * for (const d of diagnostics) console.log(formatDiagnostic(d));
 * if (ok) console.log(model.maps.length, 'process maps');
 * ```
 */
export async function loadModel(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  return loadModelSync(dir, options);
}

/**
 * {@link loadModel} for callers that must not wait, such as a package that exports a loaded model.
 * @example
 * ```ts
 * const { model, ok } = loadModelSync(guideModelDir); // guideModelDir from @opcc/guide
 * ```
 */
export function loadModelSync(dir: string, options: LoadOptions = {}): LoadResult {
  const fileSystem = options.fileSystem ?? NODE_FILE_SYSTEM;
  const { files, diagnostics } = readModelFolder(dir, fileSystem);
  return loadModelFromBytes(files, diagnostics, { fileExists: (path) => isFileIn(fileSystem, dir, path) });
}

function isFileIn(fileSystem: ModelFileSystem, dir: string, path: string): boolean {
  try {
    return fileSystem.stat(join(dir, ...path.split('/'))).isFile();
  } catch {
    return false;
  }
}

/**
 * Loads a model from files' bytes, as read from disk: each must be UTF-8 text (a byte-order
 * mark is fine), and one that is not gets a diagnostic at its first bad byte instead of being
 * read with replacement characters. Paths are as they should be reported. Given a {@link LoadCache},
 * it reads and checks against their schemas only the files whose text changed since the last load with it.
 * @example
 * ```ts
 * const { model, diagnostics } = loadModelFromBytes([{ path: 'model.yaml', bytes: await readFile('model.yaml') }]);
 * ```
 */
export function loadModelFromBytes(
  files: ReadonlyArray<SourceBytes>,
  earlier: ReadonlyArray<Diagnostic> = [],
  checks: CheckOptions = {},
  cache?: LoadCache,
): LoadResult {
  const texts: SourceFile[] = [];
  const diagnostics = [...earlier];
  for (const file of files) {
    const decoded = decodeModelText(file);
    if (decoded.problem === undefined) texts.push({ path: file.path, text: decoded.text });
    else diagnostics.push(decoded.problem);
  }
  return loadTexts(texts, diagnostics, checks, cache);
}

/**
 * Each file's documents as read and checked against their schemas, kept by a caller that loads the same
 * folder again and again (`opcc dev`), so that a load reads and checks again only the files whose text
 * changed; the checks across documents still run on every load. Give the same cache to
 * {@link loadModelFromBytes} each time: the result is the same as without it (a test compares them).
 */
export class LoadCache {
  /** Forgets the files not among `paths`, e.g. those removed from the folder. */
  keepOnly(paths: ReadonlySet<string>): void {
    const files = cachedFiles.get(this);
    if (files !== undefined) for (const path of [...files.keys()]) if (!paths.has(path)) files.delete(path);
  }
}

/** A file as read and checked last: its text, and what came of it. */
interface CachedFile {
  readonly text: string;
  readonly parsed: ParsedFile;
  readonly validated: ValidatedDocuments;
}

// Kept beside the class rather than in it, so that its public shape names no type of the loader's stages.
const cachedFiles = new WeakMap<LoadCache, Map<string, CachedFile>>();

/** A file's documents, read and checked against their schemas, from the cache when its text is the same as last time. */
function readThrough(cache: LoadCache, file: SourceFile): CachedFile {
  let files = cachedFiles.get(cache);
  if (files === undefined) cachedFiles.set(cache, (files = new Map()));
  const hit = files.get(file.path);
  if (hit !== undefined && hit.text === file.text) return hit;
  const parsed = parseFile(file);
  const entry = { text: file.text, parsed, validated: validateDocuments(parsed.documents) };
  files.set(file.path, entry);
  return entry;
}

/**
 * Loads a model from file contents already in memory; paths are as they should be reported.
 * The files that reference material links to are not among them, so whether those exist is not
 * checked (`missing-reference-file`): only a loader given the model folder can tell.
 * @example
 * ```ts
 * const { diagnostics } = loadModelFromFiles([{ path: 'model.yaml', text: 'kind: model\ntitle: Draft\n' }]);
 * ```
 */
export function loadModelFromFiles(files: ReadonlyArray<SourceFile>): LoadResult {
  return loadTexts(files, []);
}

function loadTexts(files: ReadonlyArray<SourceFile>, earlier: ReadonlyArray<Diagnostic>, checks: CheckOptions = {}, cache?: LoadCache): LoadResult {
  const sorted = [...files].sort((a, b) => compareText(a.path, b.path));
  const diagnostics: Diagnostic[] = [...earlier];
  const unreadableNames = new Set<string>();
  let result: LoadResult;
  if (cache === undefined) {
    const sources: SourceDocument[] = [];
    for (const file of sorted) {
      const parsed = parseFile(file);
      sources.push(...parsed.documents);
      diagnostics.push(...parsed.diagnostics);
      for (const name of parsed.salvagedNames) unreadableNames.add(name);
    }
    result = modelFromSources(sources, diagnostics, unreadableNames, checks);
  } else {
    // Schemas check one document at a time, so each file's documents can be checked apart and kept.
    cache.keepOnly(new Set(sorted.map((file) => file.path)));
    const documents: ParsedDocument[] = [];
    for (const file of sorted) {
      const { parsed, validated } = readThrough(cache, file);
      diagnostics.push(...parsed.diagnostics, ...validated.diagnostics);
      documents.push(...validated.documents);
      for (const name of [...parsed.salvagedNames, ...validated.salvagedNames]) unreadableNames.add(name);
    }
    result = modelFromValidated({ documents, diagnostics: [], salvagedNames: new Set() }, diagnostics, unreadableNames, checks);
  }
  return { ...result, diagnostics: applyWaivers(result.diagnostics, files) };
}

/** The shared tail of every way in: schema validation, cross-document checks, assembly. */
export function modelFromSources(
  sources: ReadonlyArray<SourceDocument>,
  earlier: ReadonlyArray<Diagnostic> = [],
  unreadableNames: ReadonlySet<string> = new Set(),
  checks: CheckOptions = {},
): LoadResult {
  return modelFromValidated(validateDocuments(sources), earlier, unreadableNames, checks);
}

/** {@link modelFromSources} once the documents are checked against their schemas. */
function modelFromValidated(
  validated: ValidatedDocuments,
  earlier: ReadonlyArray<Diagnostic>,
  unreadableNames: ReadonlySet<string>,
  checks: CheckOptions,
): LoadResult {
  const salvaged = new Set([...unreadableNames, ...validated.salvagedNames]);
  const checked = lastResort(
    'check-model',
    () => checkDocuments(validated.documents, salvaged, checks),
    (problem) => [problem],
  );
  const assembled = lastResort(
    'assemble-model',
    () => ({ model: assembleModel(validated.documents), problems: [] }),
    (problem) => ({ model: assembleModel([]), problems: [problem] }),
  );
  const diagnostics = sortDiagnostics([...earlier, ...validated.diagnostics, ...checked, ...assembled.problems]);
  return { model: assembled.model, diagnostics, ok: !hasErrors(diagnostics) };
}

/**
 * Runs a stage that is meant never to throw on documents that passed their schemas. Should it,
 * the check still ends in diagnostics rather than an exception: one `internal-error`, with no
 * file, as the fault is in the checker and not in any one file.
 */
function lastResort<T>(stage: CheckerStage, run: () => T, instead: (problem: Diagnostic) => T): T {
  try {
    return run();
  } catch (error) {
    return instead(diagnostic('internal-error', { stage, error: error instanceof Error ? error.message : String(error) }, {}));
  }
}

/**
 * One file's documents. Text decoded before it reached the loader is checked for NULs here too.
 * Reading a file is meant never to throw; should it all the same, the file gets one located
 * `internal-error` and the rest of the model is still checked, rather than the whole check failing.
 */
function parseFile(file: SourceFile): ParsedFile {
  const nul = nulProblem(file.text, file.path);
  if (nul !== undefined) return { documents: [], diagnostics: [nul], salvagedNames: new Set() };
  try {
    if (!file.path.toLowerCase().endsWith('.csv')) return parseYamlFile(file);
    return isGlossaryCsv(file) ? parseGlossaryCsv(file) : { documents: [], diagnostics: [], salvagedNames: new Set() };
  } catch (error) {
    const fields = { stage: 'read-file', error: error instanceof Error ? error.message : String(error) } as const;
    return {
      documents: [],
      diagnostics: [diagnostic('internal-error', fields, { file: file.path, position: { line: 1, column: 1 } })],
      salvagedNames: new Set(),
    };
  }
}
