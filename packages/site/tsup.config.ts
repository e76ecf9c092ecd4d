import { join } from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { build, transform } from 'esbuild';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base.js';
import { CLIENT_BUILD_OPTIONS, CLIENT_ENTRIES, clientBundlePath, STYLESHEET_OPTIONS, STYLESHEET_BUILT, STYLESHEET_SOURCE } from './src/build/client-build-options.js';

// The browser scripts are bundled here, once, and shipped in <out>/client: a site build only
// reads them, so esbuild is a build-time dependency and never loaded by `opcc build`. They go
// beside the build wherever `--out-dir` puts it, so a staged build (the packed-package test) ships them too.
async function bundleClient(outDir: string): Promise<void> {
  for (const [entry, source] of Object.entries(CLIENT_ENTRIES) as Array<[keyof typeof CLIENT_ENTRIES, string]>) {
    const [, ...inDist] = clientBundlePath(entry);
    await build({ ...CLIENT_BUILD_OPTIONS, entryPoints: [`src/client/${source}`], outfile: join(outDir, ...inDist) });
  }
  // The stylesheet goes beside them, minified; the readable source stays in src/assets.
  const [, ...cssInDist] = STYLESHEET_BUILT;
  const css = await transform(await readFile(join(...STYLESHEET_SOURCE), 'utf8'), STYLESHEET_OPTIONS);
  await writeFile(join(outDir, ...cssInDist), css.code);
}

export default defineConfig((cli) => {
  const outDir = cli.outDir ?? 'dist';
  // `@opcc/site/cache` answers a warm build without loading core's heavy modules or the renderer (see src/cache.ts).
  return packageBuild({ entry: ['src/index.ts', 'src/cache.ts'], external: ['esbuild'], onSuccess: () => bundleClient(outDir) });
});
