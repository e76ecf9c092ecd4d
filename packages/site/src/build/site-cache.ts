import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Model } from '@opcc/core';
// Only the light entry of core: a warm build reads its site from here before core's heavy modules are loaded.
import { compareText, sha256, writeFileAtomically } from '@opcc/core/files';
import type { SiteAudience } from './audience.js';

/**
 * What a build kept by the hash of its input files needs besides the site, to be repeated
 * without loading the model: what was printed before the build, and the files outside the
 * loader's reach (reference material) that the build looked at.
 */
export interface InputRecord {
  /** What the command printed about the model before building (its warnings). */
  readonly report: string;
  /** Each path in the model folder a reference names, with its content hash, or null when no file was there. */
  readonly looked: Readonly<Record<string, string | null>>;
  /** The paths of `looked` that the site holds a copy of. */
  readonly copied: readonly string[];
}

/** A site built before: each file's content hash, and the warnings its build gave. */
interface CachedSite {
  readonly files: Readonly<Record<string, string>>;
  readonly warnings: readonly string[];
  readonly inputs?: InputRecord;
}

/** The built files of a site with the warnings of its build, as {@link siteFiles} gives them. */
export interface BuiltFiles {
  readonly files: Map<string, string>;
  readonly warnings: readonly string[];
  /** Present on a build kept by its input files. */
  readonly inputs?: InputRecord;
}

/** A build kept by the hash of the files its model was read from (see modelInputKey), not by the model. */
export interface InputKey {
  readonly inputs: string;
}

/** How many built sites the cache keeps: enough for a few models and branches, small enough that it never grows without end. */
export const KEPT_SITES = 8;
// The only names the cache writes; pruning never touches anything else in the folder.
const SITE_NAME = /^[0-9a-f]{64}\.json$/;
const FILE_NAME = /^[0-9a-f]{64}$/;
const here = createRequire(import.meta.url);
// True when running from the TypeScript sources (the repository's tests), not from a package build.
const fromSource = import.meta.url.endsWith('.ts');
let fingerprint: string | undefined;

// Where a cache keeps each kind of entry: sites by model, and the same sites by their input files.
const FOLDERS = ['sites', 'inputs'] as const;
// Declarations do not change what the code does; the build of each package writes them, the site build never reads them.
const DECLARATION = /\.d\.c?ts$/;

/** Every file under a folder (declarations left out), sorted, with its content. */
function filesUnder(dir: string): Array<[string, Buffer]> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !DECLARATION.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort(compareText)
    .map((path) => [path, readFileSync(path)]);
}

/** The nearest package.json above a resolved module, as text; the dependency's name when it cannot be found. */
function dependencyManifest(from: string, name: string): string {
  try {
    let dir = dirname(createRequire(from).resolve(name));
    while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
    return readFileSync(join(dir, 'package.json'), 'utf8');
  } catch {
    return name;
  }
}

/**
 * A hash of the code that turns a model into a site: the running build of core, render and site
 * (dist, with the browser scripts, and the stylesheet it reads from src/assets), or from a source
 * checkout their sources, and the manifests of their dependencies. Any change to them gives a new
 * key, so no page is ever served from a cache made by other code. Only the files that run are read:
 * about 1.2 MB when built, a few milliseconds, once per process.
 */
export function codeFingerprint(): string {
  fingerprint ??= sha256(['@opcc/core', '@opcc/render', '@opcc/site'].map((name) => packageFingerprint(here.resolve(`${name}/package.json`), fromSource)).join('\n'));
  return fingerprint;
}

/**
 * A hash of one package's running code: its manifest, the manifests of its dependencies from the
 * registry, and its dist folder (with src/assets, which a build reads), or its src folder when it
 * runs from source. A command whose own code shapes what it prints (the CLI) adds its own to a key.
 * @example
 * ```ts
 * packageFingerprint(createRequire(import.meta.url).resolve('@opcc/cli/package.json'), false);
 * ```
 */
export function packageFingerprint(manifestPath: string, fromSourceCode: boolean): string {
  const hash = createHash('sha256');
  const root = dirname(manifestPath);
  const manifest = readFileSync(manifestPath, 'utf8');
  hash.update(manifest);
  for (const dependency of Object.keys((JSON.parse(manifest) as { dependencies?: Record<string, string> }).dependencies ?? {}).sort()) {
    if (!dependency.startsWith('@opcc/')) hash.update(dependencyManifest(manifestPath, dependency));
  }
  for (const folder of fromSourceCode ? ['src'] : ['dist', join('src', 'assets')]) {
    for (const [path, content] of filesUnder(join(root, folder))) hash.update(path.slice(root.length)).update(content);
  }
  return hash.digest('hex');
}

/**
 * Built sites kept in a folder by the hash of their model and of the code that builds them, with
 * each file stored once by its content hash. A build of a model and code seen before reads its
 * files from here instead of drawing and writing every page again. The same sites are kept by the
 * hash of the files their model was read from, so that an unchanged model is not even loaded. It keeps
 * the {@link KEPT_SITES} sites of each kind used last and the files they hold, and removes only
 * entries it wrote itself.
 */
export class SiteCache {
  private readonly key: string;

  private readonly folder: (typeof FOLDERS)[number];

  /**
   * The cache in `dir` for the site of one model, or of the input files a model is read from, built for `audience`:
   * the sites of one model for two audiences are two entries, so neither is ever served for the other.
   */
  constructor(
    private readonly dir: string,
    model: Model | InputKey,
    audience: SiteAudience = 'all',
  ) {
    const byInputs = 'inputs' in model && typeof model.inputs === 'string';
    this.folder = byInputs ? 'inputs' : 'sites';
    const key = byInputs ? model.inputs : sha256(`${codeFingerprint()}\n${JSON.stringify(model)}`);
    // The full site keeps the key it has always had; a site for another audience is kept under a key of its own.
    this.key = audience === 'all' ? key : sha256(`${audience}\n${key}`);
  }

  /** The files of this model's site as built before, or undefined when it was not (or a file is missing). */
  load(): BuiltFiles | undefined {
    try {
      const entry = join(this.dir, this.folder, `${this.key}.json`);
      const cached = JSON.parse(readFileSync(entry, 'utf8')) as CachedSite;
      const files = new Map<string, string>();
      for (const [path, hash] of Object.entries(cached.files)) {
        const content = readFileSync(join(this.dir, 'files', hash), 'utf8');
        // A damaged or half-written file is a miss, never a wrong page.
        if (sha256(content) !== hash) return undefined;
        files.set(path, content);
      }
      // Marks the site as used, so pruning keeps the sites built or read last.
      const now = new Date();
      utimesSync(entry, now, now);
      return { files, warnings: cached.warnings, ...(cached.inputs === undefined ? {} : { inputs: cached.inputs }) };
    } catch {
      return undefined;
    }
  }

  /** Keeps a built site for the next build of the same model. */
  store(built: BuiltFiles): void {
    const files: Record<string, string> = {};
    for (const [path, content] of built.files) {
      const hash = sha256(content);
      files[path] = hash;
      const blob = join(this.dir, 'files', hash);
      if (!existsSync(blob)) writeFileAtomically(blob, content);
    }
    const entry: CachedSite = { files, warnings: built.warnings, ...(built.inputs === undefined ? {} : { inputs: built.inputs }) };
    writeFileAtomically(join(this.dir, this.folder, `${this.key}.json`), JSON.stringify(entry));
    this.prune();
  }

  /**
   * Drops all but the sites used last, then the files no kept site holds. A build running at the
   * same time may lose a file it was about to list; its next load is then a miss, never a wrong page.
   */
  private prune(): void {
    const held = new Set<string>();
    for (const folder of FOLDERS) {
      const sites = join(this.dir, folder);
      if (!existsSync(sites)) continue;
      const entries = readdirSync(sites)
        .filter((name) => SITE_NAME.test(name))
        .map((name) => ({ name, used: statSync(join(sites, name)).mtimeMs }))
        .sort((a, b) => b.used - a.used || compareText(a.name, b.name));
      for (const { name } of entries.slice(KEPT_SITES)) rmSync(join(sites, name), { force: true });
      for (const { name } of entries.slice(0, KEPT_SITES)) {
        try {
          for (const hash of Object.values((JSON.parse(readFileSync(join(sites, name), 'utf8')) as CachedSite).files)) held.add(hash);
        } catch {
          // An entry that cannot be read holds nothing; its load is a miss.
        }
      }
    }
    const blobs = join(this.dir, 'files');
    for (const name of readdirSync(blobs)) if (FILE_NAME.test(name) && !held.has(name)) rmSync(join(blobs, name), { force: true });
  }
}
