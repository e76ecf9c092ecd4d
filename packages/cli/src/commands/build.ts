import { createLayoutEngine } from '@opcc/render';
import { buildSite, SiteOutError } from '@opcc/site';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXIT, type CliIo } from '../io.js';
import { safeText } from '../report/safe-text.js';
import { loadOrReport } from './load-or-report.js';

/** Options of `opcc build`. */
export interface BuildOptions {
  readonly out: string;
  /** Where layouts are kept between builds, or false for none. */
  readonly cache: string | false;
  /** Replace an output folder the builder did not write (never the model or a folder holding it). */
  readonly force?: boolean;
  /** List every warning instead of the first few of each code. */
  readonly verbose?: boolean;
}

/** The per-user cache folder for layouts, as the XDG convention has it. */
export function defaultCacheDir(): string {
  return join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'opcc', 'layouts');
}

/**
 * Builds the site of a valid model; with model errors, prints them and writes nothing. An
 * output folder the site may not replace is refused with exit 2 and left as it was.
 */
export async function buildCommand(dir: string, options: BuildOptions, io: CliIo): Promise<number> {
  const loaded = await loadOrReport(dir, io, options.verbose === true ? { verbose: true } : {});
  if ('exit' in loaded) {
    if (loaded.exit === EXIT.modelProblems) io.stdout('Nothing was written: fix the problems above and build again.\n');
    return loaded.exit;
  }
  const out = resolve(io.cwd, options.out);
  // Progress redraws one line in place, so it is shown to a person at a terminal and never logged.
  const onProgress = io.interactive
    ? (done: number, total: number, label: string) => io.stderr(`\r\u001b[2KDrawing ${done}/${total}: ${safeText(label.slice(0, 60))}`)
    : undefined;
  // Unchanged maps are not laid out again: layouts are kept by the hash of their input.
  const engine = options.cache === false ? createLayoutEngine() : createLayoutEngine({ cacheDir: resolve(io.cwd, options.cache) });
  // Built pages are kept beside the layouts, by the hash of the model and of the builder's code.
  const siteCache = options.cache === false ? {} : { siteCache: join(resolve(io.cwd, options.cache), 'site') };
  let result;
  try {
    const guard = { modelDir: loaded.folder, cwd: io.cwd, force: options.force === true };
    result = await buildSite(loaded.model, { out, engine, ...guard, ...siteCache, ...(onProgress === undefined ? {} : { onProgress }) });
  } catch (error) {
    if (!(error instanceof SiteOutError)) throw error;
    io.stderr(`opcc: ${safeText(error.message)}\n`);
    return EXIT.usage;
  } finally {
    if (io.interactive) io.stderr('\r\u001b[2K');
  }
  for (const warning of result.warnings) io.stdout(`warning: ${safeText(warning)}\n`);
  const where = safeText(out);
  io.stdout(
    `${result.written ? `Built ${result.files} files (${Math.round(result.bytes / 1024)} KB) into ${where}` : `The site in ${where} is up to date`}\n` +
      `Open ${safeText(pathToFileURL(resolve(out, 'index.html')).href)} in a browser, or double-click index.html in that folder.\n`,
  );
  return EXIT.ok;
}
