import { readFile } from 'node:fs/promises';
import { CLIENT_BUILD_OPTIONS, CLIENT_ENTRIES, clientBundlePath, STYLESHEET_OPTIONS, STYLESHEET_BUILT, STYLESHEET_SOURCE } from './client-build-options.js';
import { packageFile } from './package-files.js';

export { CLIENT_ENTRIES };

const cached = new Map<string, Promise<string>>();

/** True when this module runs from its TypeScript source (the repository's tests), not from the package build. */
const fromSource = import.meta.url.endsWith('.ts');

/**
 * A browser script, read once per process. The package build bundles the scripts (see
 * tsup.config.ts), so a site build only reads them; esbuild is needed only when running from
 * the sources, where the script is bundled on demand so it always matches them.
 */
export function clientBundle(entry: keyof typeof CLIENT_ENTRIES): Promise<string> {
  const hit = cached.get(entry);
  if (hit !== undefined) return hit;
  const bundle = fromSource ? bundleFromSource(entry) : readFile(packageFile(...clientBundlePath(entry)), 'utf8');
  cached.set(entry, bundle);
  return bundle;
}

/** Bundles one script from src/client with esbuild, which is a build-time dependency of this package. */
export async function bundleFromSource(entry: keyof typeof CLIENT_ENTRIES): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({ ...CLIENT_BUILD_OPTIONS, entryPoints: [packageFile('src', 'client', CLIENT_ENTRIES[entry])], write: false });
  return result.outputFiles[0]?.text ?? '';
}

let stylesheet: Promise<string> | undefined;

/** The site's stylesheet, minified: by the package build (dist/client/site.css), or from its source here when running from the sources. */
export function siteStylesheet(): Promise<string> {
  stylesheet ??= fromSource ? minifyStylesheet() : readFile(packageFile(...STYLESHEET_BUILT), 'utf8');
  return stylesheet;
}

/** Minifies src/assets/site.css with esbuild, which is a build-time dependency of this package. */
export async function minifyStylesheet(): Promise<string> {
  const { transform } = await import('esbuild');
  return (await transform(await readFile(packageFile(...STYLESHEET_SOURCE), 'utf8'), STYLESHEET_OPTIONS)).code;
}
