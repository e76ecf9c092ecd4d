import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** A list of every file of a built site with its hash, kept in the site: it marks the folder as one the builder wrote. */
export const MANIFEST = '.opcc-manifest.json';

/** Files the model loader reads; a site folder never holds any outside its hidden manifest. */
const MODEL_FILE = /\.(?:ya?ml|json|csv)$/i;

/** Why a folder may not receive a site. */
export type SiteOutProblem = 'model-folder' | 'contains-model' | 'contains-cwd' | 'holds-model-files' | 'not-ours';

/** What the site builder must protect when it replaces its output folder. */
export interface SiteOutGuard {
  /** The folder the model was loaded from: the site never replaces it or a folder holding it. */
  readonly modelDir?: string;
  /** Replace a folder the builder did not write (never the model, a folder holding it, or the current folder). */
  readonly force?: boolean;
  /** The current folder, which is never replaced; defaults to the process's. */
  readonly cwd?: string;
}

/**
 * Thrown before anything is written when the output folder of a site is one the builder must
 * not replace. `problem` says which rule refused it; the message says what to do instead.
 */
export class SiteOutError extends Error {
  override readonly name = 'SiteOutError';

  /** Makes the error for one refused output folder. */
  constructor(
    /** Which rule refused the folder. */
    readonly problem: SiteOutProblem,
    /** The refused folder. */
    readonly out: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Throws a {@link SiteOutError} unless `out` may be replaced by a site: it must be missing,
 * empty, or a site the builder wrote before (its manifest lists every file in it). `force`
 * allows any other folder, but never the model folder, a folder holding it or the current
 * folder, nor a folder inside the model that holds model files.
 * @example
 * ```ts
 * checkSiteOut('site'); // returns when buildSite may write there
 * ```
 * @throws {@link SiteOutError} when the folder is, holds or lies in the model folder, holds the current folder, or holds
 * files the builder did not write (unless `force`).
 */
export function checkSiteOut(out: string, guard: SiteOutGuard = {}): void {
  const target = realPath(resolve(out));
  const model = guard.modelDir === undefined ? undefined : realPath(resolve(guard.modelDir));
  const cwd = realPath(resolve(guard.cwd ?? process.cwd()));
  const refuse = (problem: SiteOutProblem, why: string): never => {
    throw new SiteOutError(problem, out, `Refusing to write the site into ${out}: ${why} Nothing was changed.`);
  };
  if (model !== undefined && target === model) {
    const beside = join(dirname(target), `${basename(target)}-site`);
    refuse('model-folder', `it is the model folder itself: the site would replace your model files. Build into another folder, e.g. --out ${beside}.`);
  }
  if (model !== undefined && isInside(model, target)) {
    const example = join(model, 'site');
    refuse('contains-model', `it holds the model folder ${model}, which replacing it would delete. Build into a new or empty folder, e.g. --out ${example}.`);
  }
  if (cwd === target || isInside(cwd, target)) {
    refuse('contains-cwd', `it holds the current folder ${cwd}, which replacing it would delete. Build into a new or empty folder, e.g. --out site.`);
  }
  const files = filesIn(target);
  if (files === undefined || files.length === 0) return;
  if (model !== undefined && isInside(target, model)) {
    const modelFiles = files.filter((f) => MODEL_FILE.test(f) && !f.split('/').some((part) => part.startsWith('.')));
    if (modelFiles.length > 0) {
      const example = join(model, 'site');
      const found = sample(modelFiles);
      refuse('holds-model-files', `it is inside the model folder and holds model files (${found}). Build into a folder of its own, e.g. --out ${example}.`);
    }
  }
  if (guard.force === true) return;
  const listed = manifestFiles(target);
  const foreign = files.filter((f) => f !== MANIFEST && !listed.has(f));
  if (foreign.length > 0) {
    refuse(
      'not-ours',
      `it already holds files the site builder did not write (${sample(foreign)}), and building replaces the whole folder. ` +
        'Choose a new or empty folder, move those files out, or pass --force (force: true in code) to replace the folder anyway.',
    );
  }
}

/** Every file under a folder as a '/'-separated relative path; a file itself is its own name; undefined when missing. */
function filesIn(path: string): string[] | undefined {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    return undefined;
  }
  if (!isFolder) return [basename(path)];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(path, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The files a site's manifest lists; empty when there is no readable manifest. */
function manifestFiles(folder: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return new Set();
    return new Set(Object.entries(parsed).filter(([, hash]) => typeof hash === 'string').map(([path]) => path));
  } catch {
    return new Set();
  }
}

function sample(files: readonly string[]): string {
  return `${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''}`;
}

/** True when `child` is strictly inside `parent`. */
function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The path with symbolic links resolved as far as it exists, so a link cannot hide the model folder. */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}
