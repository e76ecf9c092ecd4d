import type { Options } from 'tsup';

/**
 * What every package's build shares: ESM and CJS for Node 20 with type declarations. The shim
 * gives the CJS build a working import.meta.url, which packages use to find files they ship
 * (the reference model, client assets, JSON Schemas); without it the CJS build gets undefined.
 */
export function packageBuild(own: Options = {}): Options {
  return { entry: ['src/index.ts'], format: ['esm', 'cjs'], dts: true, clean: true, sourcemap: false, target: 'node20', shims: true, ...own };
}
