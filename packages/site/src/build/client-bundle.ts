import { build } from 'esbuild';
import { packageFile } from './package-files.js';

let cached: Promise<string> | undefined;

/**
 * The browser script, bundled once per process: one classic (non-module) script, because
 * browsers refuse module scripts on pages opened from disk. Minified, and the same bytes for
 * the same sources.
 */
export function clientBundle(): Promise<string> {
  cached ??= build({
    entryPoints: [packageFile('src', 'client', 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return cached;
}
