import { performance } from 'node:perf_hooks';
import type { Model } from '@opcc/core';
import { pagePath } from '../pages/paths.js';
import { siteFiles, type BuildSiteOptions, type BuildSiteResult } from './build-site.js';
import { withReferenceFiles } from './reference-files.js';
import { checkSiteOut } from './site-out-guard.js';
import { unchangedMapPages } from './unchanged-map-pages.js';
import { updateSite } from './update-site.js';
import { writeSite } from './write-site.js';

/** A site as built in memory from a model, kept by a long-running build to rebuild only what a change touches. */
export interface BuiltSite {
  readonly model: Model;
  readonly files: ReadonlyMap<string, string>;
  /** What was written to the folder: the files with the reference material they copy. */
  readonly written: ReadonlyMap<string, string | Uint8Array>;
}

/** What {@link rebuildSite} did, with the site to give the next rebuild. */
export interface RebuildSiteResult extends BuildSiteResult {
  readonly site: BuiltSite;
  /** How many map pages were taken from the previous site instead of being drawn and rendered again. */
  readonly kept: number;
  /** Milliseconds spent making the pages in memory, then writing the folder. */
  readonly durations: { readonly render: number; readonly write: number };
}

/**
 * buildSite for a process that builds the same site again and again (`opcc dev`): given the site
 * built before, it renders only the pages the change can reach (see unchangedMapPages) and keeps
 * the others from memory. The first build writes the folder as buildSite does; later ones write only the
 * files that changed, in place (see updateSite), so `out` must be written by nothing else in between.
 * The files are exactly those a full build of `model` gives (a test compares them byte for byte).
 * @example
 * ```ts
 * let site = (await rebuildSite(model, undefined, { out, force: true })).site;
 * site = (await rebuildSite(changedModel, site, { out, force: true })).site; // a few pages rendered
 * ```
 */
export async function rebuildSite(model: Model, previous: BuiltSite | undefined, options: BuildSiteOptions): Promise<RebuildSiteResult> {
  checkSiteOut(options.out, options);
  const start = performance.now();
  const maps = previous === undefined ? new Set<string>() : unchangedMapPages(previous.model, model);
  const { files, warnings } = await siteFiles(model, previous === undefined ? options : { ...options, reuse: { files: previous.files, maps } });
  const rendered = performance.now();
  const output = withReferenceFiles(files, model, options.modelDir);
  // The folder holds the previous site as it was written, so only the files that differ are written, in place.
  const { written, rewritten } = previous === undefined ? writeSite(options.out, output, options) : updateSite(options.out, output, previous.written);
  const bytes = [...files.values()].reduce((n, text) => n + Buffer.byteLength(text), 0);
  const kept = previous === undefined ? 0 : [...maps].filter((id) => previous.files.has(pagePath.map(id))).length;
  return {
    out: options.out,
    files: files.size,
    bytes,
    warnings,
    written,
    rewritten,
    site: { model, files, written: output },
    kept,
    durations: { render: rendered - start, write: performance.now() - rendered },
  };
}
