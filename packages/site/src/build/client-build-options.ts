/** The browser scripts: one for every page, one for the search page, by the name of their source file in src/client. */
export const CLIENT_ENTRIES = { site: 'main.ts', search: 'search-main.ts' } as const;

/** Where the package build puts each bundled browser script, relative to the package folder. */
export function clientBundlePath(entry: keyof typeof CLIENT_ENTRIES): string[] {
  return ['dist', 'client', `${entry}.js`];
}

/**
 * How a browser script is bundled, shared by the package build (which ships the bundles) and the
 * source checkout (which bundles on demand): one classic (non-module) script, because browsers
 * refuse module scripts on pages opened from disk; minified, and the same bytes for the same sources.
 * What a script takes from core (a light entry such as `@opcc/core/csv-cells`) is bundled from core's
 * sources, so it never waits for core's build and is the same code in a checkout and in the package.
 */
export const CLIENT_BUILD_OPTIONS = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  // esbuild takes a mutable list.
  conditions: ['@opcc/source'] as string[],
} as const;

/** The stylesheet's source, readable and commented, relative to the package folder. */
export const STYLESHEET_SOURCE = ['src', 'assets', 'site.css'];

/** Where the package build puts the minified stylesheet, relative to the package folder. */
export const STYLESHEET_BUILT = ['dist', 'client', 'site.css'];

/**
 * How the stylesheet is minified for the site, by the package build and on demand from the sources: comments and spaces
 * go, the rules stay as written (a quarter of its bytes, on every page); characters outside ASCII are escaped, so the
 * file reads the same whatever encoding a browser assumes for it.
 */
export const STYLESHEET_OPTIONS = { loader: 'css', minify: true, legalComments: 'none', charset: 'ascii' } as const;
