import { createRequire } from 'node:module';
import type { SiteAudience } from '@opcc/site/cache';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXIT, type CliIo } from '../io.js';
import { safeText } from '../report/safe-text.js';
import { loadOrReport, modelFolder } from './load-or-report.js';

/** Options of `opcc build`. */
export interface BuildOptions {
  readonly out: string;
  /** Where layouts are kept between builds, or false for none. */
  readonly cache: string | false;
  /** Replace an output folder the builder did not write (never the model or a folder holding it). */
  readonly force?: boolean;
  /** List every warning instead of the first few of each code. */
  readonly verbose?: boolean;
  /** Who the site is for: every page, or only what participants may see (default `all`). */
  readonly audience?: SiteAudience;
}

/** The per-user cache folder for layouts, as the XDG convention has it. */
export function defaultCacheDir(): string {
  return join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'opcc', 'layouts');
}

/** What a build (from the cache or not) says it did. */
interface Built {
  readonly files: number;
  readonly bytes: number;
  readonly warnings: readonly string[];
  readonly written: boolean;
}

function printBuilt(result: Built, out: string, audience: SiteAudience, io: CliIo): number {
  for (const warning of result.warnings) io.stdout(`warning: ${safeText(warning)}\n`);
  const where = safeText(out);
  io.stdout(
    `${result.written ? `Built ${result.files} files (${Math.round(result.bytes / 1024)} KB) into ${where}` : `The site in ${where} is up to date`}\n` +
      (audience === 'participants' ? 'Participant edition: no facilitator views, facilitator guides, inject cards or answers.\n' : '') +
      `Open ${safeText(pathToFileURL(resolve(out, 'index.html')).href)} in a browser, or double-click index.html in that folder.\n`,
  );
  return EXIT.ok;
}

/** Says why the output folder was refused (exit 2), or rethrows any other failure. */
function refused(error: unknown, refusal: new (...args: never[]) => Error, io: CliIo): number {
  if (!(error instanceof refusal)) throw error;
  io.stderr(`opcc: ${safeText(error.message)}\n`);
  return EXIT.usage;
}

/**
 * Builds the site of a valid model; with model errors, prints them and writes nothing. An
 * output folder the site may not replace is refused with exit 2 and left as it was. With a
 * cache, a model whose files are byte for byte those of a build before is not even loaded: the
 * site kept for them is written, and what that build printed is printed again.
 */
export async function buildCommand(dir: string, options: BuildOptions, io: CliIo): Promise<number> {
  const folder = modelFolder(dir, io);
  if (folder === undefined) return EXIT.usage;
  const out = resolve(io.cwd, options.out);
  const guard = { modelDir: folder, cwd: io.cwd, force: options.force === true };
  // The cache keeps the site of each audience apart, so a participants' build is never given the full site, nor the reverse.
  const audience = options.audience ?? 'all';
  // Built pages are kept beside the layouts, by the hash of the model and of the builder's code.
  const siteCache = options.cache === false ? undefined : join(resolve(io.cwd, options.cache), 'site');
  // Loaded before anything heavy: a hit needs neither the model's schemas and parsers nor the renderer.
  const cache = siteCache === undefined ? undefined : await import('@opcc/site/cache');
  // What is printed depends on --verbose and on this package's own code, so both are part of the key.
  const own = cache?.packageFingerprint(createRequire(import.meta.url).resolve('@opcc/cli/package.json'), import.meta.url.endsWith('.ts'));
  const salt = `${options.verbose === true ? 'build --verbose' : 'build'} ${own ?? ''}`;
  const key = cache?.modelInputKey(folder, salt);
  if (cache !== undefined && siteCache !== undefined && key !== undefined) {
    let hit;
    try {
      hit = cache.cachedBuild(key, { out, siteCache, audience, ...guard });
    } catch (error) {
      return refused(error, cache.SiteOutError, io);
    }
    if (hit !== undefined) {
      io.stdout(hit.report);
      return printBuilt(hit, out, audience, io);
    }
  }
  const printed: string[] = [];
  const recording: CliIo = {
    ...io,
    stdout: (text) => {
      printed.push(text);
      io.stdout(text);
    },
  };
  const loaded = await loadOrReport(folder, recording, options.verbose === true ? { verbose: true } : {});
  if ('exit' in loaded) {
    if (loaded.exit === EXIT.modelProblems) io.stdout('Nothing was written: fix the problems above and build again.\n');
    return loaded.exit;
  }
  const [{ createLayoutEngine }, { buildSite, rememberBuild, SiteOutError }] = await Promise.all([import('@opcc/render'), import('@opcc/site')]);
  // Progress redraws one line in place, so it is shown to a person at a terminal and never logged.
  const onProgress = io.interactive
    ? (done: number, total: number, label: string) => io.stderr(`\r\u001b[2KDrawing ${done}/${total}: ${safeText(label.slice(0, 60))}`)
    : undefined;
  // Unchanged maps are not laid out again: layouts are kept by the hash of their input.
  const engine = options.cache === false ? createLayoutEngine() : createLayoutEngine({ cacheDir: resolve(io.cwd, options.cache) });
  let result;
  try {
    result = await buildSite(loaded.model, {
      out,
      engine,
      audience,
      ...guard,
      ...(siteCache === undefined ? {} : { siteCache }),
      ...(onProgress === undefined ? {} : { onProgress }),
    });
  } catch (error) {
    return refused(error, SiteOutError, io);
  } finally {
    if (io.interactive) io.stderr('\r\u001b[2K');
  }
  // Kept by its files only when they did not change while the model was read, so the key names what was built.
  if (siteCache !== undefined && key !== undefined && cache?.modelInputKey(folder, salt) === key) {
    rememberBuild(loaded.model, { key, report: printed.join(''), siteCache, modelDir: folder, audience });
  }
  return printBuilt(result, out, audience, io);
}
