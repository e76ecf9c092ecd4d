import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { localPath, type Model } from '@opcc/core';
import { sha256 } from '@opcc/core/files';
import type { SiteAudience } from './audience.js';
import { withReferenceFiles } from './reference-files.js';
import { SiteCache } from './site-cache.js';

/** Every path in the model folder that a reference names (as the loader's check reads it), with its content hash or null. */
function lookedAt(model: Model, modelDir: string): Record<string, string | null> {
  const looked: Record<string, string | null> = {};
  for (const { href } of model.references) {
    const path = href === undefined ? '' : localPath(href);
    if (path === '' || path.startsWith('../')) continue;
    const file = join(modelDir, ...path.split('/'));
    try {
      looked[path] = statSync(file).isFile() ? sha256(readFileSync(file)) : null;
    } catch {
      looked[path] = null;
    }
  }
  return looked;
}

/** What {@link rememberBuild} keeps a build under, and with. */
export interface RememberBuildOptions {
  /** The key of the files the model was read from, from modelInputKey. */
  readonly key: string;
  /** What the command printed about the model before building, to print again when the site is taken from the cache. */
  readonly report: string;
  /** The built-site cache folder the site was built with (buildSite's `siteCache`). */
  readonly siteCache: string;
  /** The model folder, where the documents that references name are looked for. */
  readonly modelDir: string;
  /** Who the site was built for (buildSite's `audience`, default `all`); cachedBuild takes it only for the same audience. */
  readonly audience?: SiteAudience;
}

/**
 * Keeps the site just built from `model` (by buildSite with the same `siteCache`) also under a
 * key of the files the model was read from (modelInputKey from `@opcc/site/cache`), with what the
 * command printed before building, so that cachedBuild can repeat the build without loading the model.
 * Call it only for a model without errors, read from exactly the files the key was made of.
 * Returns false, keeping nothing, when the site is no longer in the cache.
 * @example
 * ```ts
 * await buildSite(model, { out: 'site', siteCache: '.cache/site', modelDir: 'my-model' });
 * rememberBuild(model, { key, report: '', siteCache: '.cache/site', modelDir: 'my-model' });
 * ```
 */
export function rememberBuild(model: Model, options: RememberBuildOptions): boolean {
  const built = new SiteCache(options.siteCache, model, options.audience).load();
  if (built === undefined) return false;
  const copied = [...withReferenceFiles(built.files, model, options.modelDir).keys()].filter((path) => !built.files.has(path));
  const inputs = { report: options.report, looked: lookedAt(model, options.modelDir), copied };
  new SiteCache(options.siteCache, { inputs: options.key }, options.audience).store({ files: built.files, warnings: built.warnings, inputs });
  return true;
}
