import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readModelFolder, sha256 } from '@opcc/core/files';
import type { SiteAudience } from './audience.js';
import type { BuildSiteResult } from './build-site.js';
import { codeFingerprint, SiteCache } from './site-cache.js';
import type { SiteOutGuard } from './site-out-guard.js';
import { writeSite } from './write-site.js';

/** Options of {@link cachedBuild}: where the site goes, the cache to look in, and the guard of what may be replaced. */
export interface CachedBuildOptions extends SiteOutGuard {
  /** The folder to write, as for buildSite. */
  readonly out: string;
  /** The built-site cache folder, as buildSite's `siteCache`. */
  readonly siteCache: string;
  /** The model folder the key was made from; reference material is read from it. */
  readonly modelDir: string;
  /** Who the site is for, as given to buildSite and rememberBuild (default `all`): only a site built for them is taken. */
  readonly audience?: SiteAudience;
}

/** A build answered from the cache, with what the command printed about the model when it was built. */
export interface CachedBuildResult extends BuildSiteResult {
  /** What the command printed before building (the model's warnings), to print again. */
  readonly report: string;
}

/**
 * A hash of every file the loader would read from a model folder (names and bytes), of the code
 * that builds sites, and of `salt` (whatever else changes what the caller prints, such as a flag),
 * or undefined when a file or folder cannot be read (the loader then has something to report).
 * Reading and hashing the files is all it does: core's schemas and parsers are not loaded.
 * @example
 * ```ts
 * const key = modelInputKey('my-model', 'build');
 * ```
 */
export function modelInputKey(modelDir: string, salt: string): string | undefined {
  const { files, diagnostics } = readModelFolder(modelDir);
  if (diagnostics.length > 0) return undefined;
  const hash = createHash('sha256').update(codeFingerprint()).update('\0').update(salt);
  // Lengths first, so that no two different sets of files run together into the same bytes.
  for (const { path, bytes } of files) hash.update(`\0${Buffer.byteLength(path)}:${path}\0${bytes.length}:`).update(bytes);
  return hash.digest('hex');
}

/** The bytes of a file, or undefined when no ordinary file is there. */
function fileBytes(path: string): Buffer | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the site kept for a key from {@link modelInputKey} (see rememberBuild), through the same
 * guarded, atomic write as buildSite, so a warm build of an unchanged model loads no model at all.
 * Undefined, with nothing written, when there is no such site or a reference file it copied or looked
 * for has changed since. Throws a SiteOutError, as buildSite does, when `out` must not be replaced.
 * @example
 * ```ts
 * const key = modelInputKey('my-model', 'build');
 * const hit = key === undefined ? undefined : cachedBuild(key, { out: 'site', siteCache: '.cache/site', modelDir: 'my-model' });
 * // The participants' site is kept apart: a key of the same files finds only a site built for them.
 * const forPlayers = { out: 'players', siteCache: '.cache/site', modelDir: 'my-model', audience: 'participants' } as const;
 * const players = key === undefined ? undefined : cachedBuild(key, forPlayers);
 * ```
 */
export function cachedBuild(key: string, options: CachedBuildOptions): CachedBuildResult | undefined {
  const cached = new SiteCache(options.siteCache, { inputs: key }, options.audience).load();
  if (cached?.inputs === undefined) return undefined;
  const all = new Map<string, string | Uint8Array>(cached.files);
  for (const [path, hash] of Object.entries(cached.inputs.looked)) {
    const bytes = fileBytes(join(options.modelDir, ...path.split('/')));
    if ((bytes === undefined ? null : sha256(bytes)) !== hash) return undefined;
    if (bytes !== undefined && cached.inputs.copied.includes(path)) all.set(path, bytes);
  }
  const { written, rewritten } = writeSite(options.out, all, options);
  const bytes = [...cached.files.values()].reduce((n, text) => n + Buffer.byteLength(text), 0);
  return { out: options.out, files: cached.files.size, bytes, warnings: cached.warnings, written, rewritten, report: cached.inputs.report };
}
