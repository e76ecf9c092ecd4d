import { build } from 'esbuild';
import { packageFile } from './package-files.js';

const cached = new Map<string, Promise<string>>();

/** The browser scripts: one for every page, one for the search page. */
export const CLIENT_ENTRIES = { site: 'main.ts', search: 'search-main.ts' } as const;

/**
 * A browser script, bundled once per process: one classic (non-module) script, because
 * browsers refuse module scripts on pages opened from disk. Minified, and the same bytes for
 * the same sources.
 */
export function clientBundle(entry: keyof typeof CLIENT_ENTRIES): Promise<string> {
  const hit = cached.get(entry);
  if (hit !== undefined) return hit;
  const bundle = build({
    entryPoints: [packageFile('src', 'client', CLIENT_ENTRIES[entry])],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  cached.set(entry, bundle);
  return bundle;
}
