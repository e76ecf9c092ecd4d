import { build } from 'esbuild';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base.js';
import { CLIENT_BUILD_OPTIONS, CLIENT_ENTRIES, clientBundlePath } from './src/build/client-build-options.js';

// The browser scripts are bundled here, once, and shipped in dist/client: a site build only
// reads them, so esbuild is a build-time dependency and never loaded by `opcc build`.
async function bundleClient(): Promise<void> {
  for (const [entry, source] of Object.entries(CLIENT_ENTRIES) as Array<[keyof typeof CLIENT_ENTRIES, string]>) {
    await build({ ...CLIENT_BUILD_OPTIONS, entryPoints: [`src/client/${source}`], outfile: clientBundlePath(entry).join('/') });
  }
}

export default defineConfig(packageBuild({ external: ['esbuild'], onSuccess: bundleClient }));
