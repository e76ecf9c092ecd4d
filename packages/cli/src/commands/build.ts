import { createLayoutEngine } from '@opcc/render';
import { buildSite } from '@opcc/site';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXIT, type CliIo } from '../io.js';
import { loadOrReport } from './load-or-report.js';

/** Options of `opcc build`. */
export interface BuildOptions {
  readonly out: string;
  /** Where layouts are kept between builds, or false for none. */
  readonly cache: string | false;
}

/** The per-user cache folder for layouts, as the XDG convention has it. */
export function defaultCacheDir(): string {
  return join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'opcc', 'layouts');
}

/** Builds the site of a valid model; with model errors, prints them and writes nothing. */
export async function buildCommand(dir: string, options: BuildOptions, io: CliIo): Promise<number> {
  const loaded = await loadOrReport(dir, io);
  if ('exit' in loaded) {
    if (loaded.exit === EXIT.modelProblems) io.stderr('Nothing was written: fix the problems above and build again.\n');
    return loaded.exit;
  }
  const out = resolve(io.cwd, options.out);
  const onProgress = io.interactive ? (done: number, total: number, label: string) => io.stderr(`\r\u001b[2KDrawing ${done}/${total}: ${label.slice(0, 60)}`) : undefined;
  // Unchanged maps are not laid out again: layouts are kept by the hash of their input.
  const engine = options.cache === false ? createLayoutEngine() : createLayoutEngine({ cacheDir: resolve(io.cwd, options.cache) });
  const result = await buildSite(loaded.model, { out, engine, ...(onProgress === undefined ? {} : { onProgress }) });
  if (io.interactive) io.stderr('\r\u001b[2K');
  for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
  io.stdout(`Built ${result.files} files (${Math.round(result.bytes / 1024)} KB) into ${out}\nOpen ${pathToFileURL(resolve(out, 'index.html')).href} in a browser, or double-click index.html in that folder.\n`);
  return EXIT.ok;
}
