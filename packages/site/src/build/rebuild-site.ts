import { performance } from 'node:perf_hooks';
import type { Model } from '@opcc/core';
import { compareText } from '@opcc/core/files';
import { mapPage } from '../pages/map-page.js';
import { pagePath } from '../pages/paths.js';
import type { SiteAudience } from './audience.js';
import { siteFiles, type BuildSiteOptions, type BuildSiteResult } from './build-site.js';
import { drawMap } from './drawings.js';
import { modelFor } from './participant-site.js';
import { withReferenceFiles } from './reference-files.js';
import { checkSiteOut } from './site-out-guard.js';
import { sameModel, unchangedMapPages } from './unchanged-map-pages.js';
import { updateFiles, updateSite } from './update-site.js';
import { writeSite } from './write-site.js';

/** A site as built in memory from a model, kept by a long-running build to rebuild only what a change touches. */
export interface BuiltSite {
  readonly model: Model;
  /** Who the site was built for: a rebuild for another audience keeps none of its pages. */
  readonly audience: SiteAudience;
  readonly files: ReadonlyMap<string, string>;
  /** What was written to the folder: the files with the reference material they copy. */
  readonly written: ReadonlyMap<string, string | Uint8Array>;
  /** The build's warnings, as a full build gives them. */
  readonly warnings: readonly string[];
  /** The layout warnings of each map by map id, which a rebuild that keeps a map's page keeps too. */
  readonly mapWarnings: ReadonlyMap<string, readonly string[]>;
}

/** Options of {@link rebuildSite}: those of a build, and what to do once the pages of the changed maps are written. */
export interface RebuildSiteOptions extends BuildSiteOptions {
  /**
   * Called, and awaited, once the pages of the maps that changed are written, before the rest of the site
   * is made (not on the first build): e.g. to tell a browser showing one of them to load it again at once.
   * Gets the files written so far; the rest are in the result's `rewritten` too.
   */
  readonly onMapPages?: (rewritten: readonly string[]) => Promise<void> | void;
}

/** What {@link rebuildSite} did, with the site to give the next rebuild. */
export interface RebuildSiteResult extends BuildSiteResult {
  readonly site: BuiltSite;
  /** How many map pages were taken from the previous site instead of being drawn and rendered again. */
  readonly kept: number;
  /**
   * Milliseconds spent making the pages of the changed maps in memory (`mapPages`) and writing them
   * (`mapPagesWrite`), then onMapPages, then making the rest of the pages (`render`, the changed maps' pages
   * included) and writing them (`write`, theirs included).
   */
  readonly durations: { readonly mapPages: number; readonly mapPagesWrite: number; readonly render: number; readonly write: number };
}

/**
 * buildSite for a process that builds the same site again and again (`opcc dev`): given the site
 * built before, it renders only the map pages the change can reach (see unchangedMapPages) and keeps
 * the others from memory. The first build writes the folder as buildSite does; later ones write only the
 * files that changed, in place (see updateSite), so `out` must be written by nothing else in between:
 * first the changed maps' pages (then onMapPages is called), then the rest.
 * The files and the warnings are exactly those a full build of `model` gives (a test compares them byte for byte).
 * When it throws, the folder may hold some files of the new site: give the next rebuild no `previous`.
 * @example
 * ```ts
 * let site = (await rebuildSite(model, undefined, { out, force: true })).site;
 * site = (await rebuildSite(changedModel, site, { out, force: true })).site; // a few pages rendered
 * ```
 */
export async function rebuildSite(model: Model, previous: BuiltSite | undefined, options: RebuildSiteOptions): Promise<RebuildSiteResult> {
  checkSiteOut(options.out, options);
  const start = performance.now();
  const { onMapPages, ...buildOptions } = options;
  const audience = options.audience ?? 'all';
  if (previous === undefined || previous.audience !== audience) {
    // writeSite compares the files with what the folder holds, whatever wrote it.
    const { files, warnings, mapWarnings } = await siteFiles(model, buildOptions);
    const rendered = performance.now();
    const output = withReferenceFiles(files, model, options.modelDir);
    const { written, rewritten } = writeSite(options.out, output, options);
    const durations = { mapPages: 0, mapPagesWrite: 0, render: rendered - start, write: performance.now() - rendered };
    const site = { model, audience, files, written: output, warnings, mapWarnings };
    return { ...summary(options.out, files, warnings, written, rewritten), site, kept: 0, durations };
  }
  if (sameModel(previous.model, model)) {
    // Nothing to render: only reference material the model links to can have changed.
    const output = withReferenceFiles(previous.files, model, options.modelDir);
    const rendered = performance.now();
    const { written, rewritten } = updateSite(options.out, output, previous.written);
    const durations = { mapPages: 0, mapPagesWrite: 0, render: rendered - start, write: performance.now() - rendered };
    const site = { ...previous, model, written: output };
    return { ...summary(options.out, previous.files, previous.warnings, written, rewritten), site, kept: model.maps.length, durations };
  }
  const unchanged = unchangedMapPages(previous.model, model);
  const kept = new Set(model.maps.filter((map) => unchanged.has(map.id) && previous.files.has(pagePath.map(map.id))));
  const redrawn = model.maps.filter((map) => !kept.has(map));
  // The changed maps' pages first, so that whoever waits for them need not wait for the rest; made as siteFiles makes them.
  const shown = modelFor(model, audience);
  const pages = new Map(previous.files);
  const warningsByMap = new Map(previous.mapWarnings);
  for (const map of redrawn) {
    const { drawing, warnings } = await drawMap(shown, map, options.engine);
    pages.set(pagePath.map(map.id), mapPage(shown, map, drawing));
    warningsByMap.set(map.id, warnings);
  }
  const mapPagesMade = performance.now();
  const early = updateFiles(
    options.out,
    redrawn.map((map) => pagePath.map(map.id)).map((path) => [path, pages.get(path) ?? ''] as const),
    previous.written,
  );
  const mapPagesWritten = performance.now();
  await onMapPages?.(early);
  const restStart = performance.now();
  // Every map page is now made: the rest of the site takes them all as they are, and draws no map again.
  const reuse = { files: pages, maps: new Set(model.maps.map((map) => map.id as string)), warnings: warningsByMap };
  const { files, warnings, mapWarnings } = await siteFiles(model, { ...buildOptions, reuse });
  const rendered = performance.now();
  const output = withReferenceFiles(files, model, options.modelDir);
  const folder = new Map(previous.written);
  for (const path of early) folder.set(path, pages.get(path) ?? '');
  const rest = updateSite(options.out, output, folder);
  const rewritten = [...early, ...rest.rewritten].sort(compareText);
  const durations = {
    mapPages: mapPagesMade - start,
    mapPagesWrite: mapPagesWritten - mapPagesMade,
    render: mapPagesMade - start + (rendered - restStart),
    write: mapPagesWritten - mapPagesMade + (performance.now() - rendered),
  };
  const site = { model, audience, files, written: output, warnings, mapWarnings };
  return { ...summary(options.out, files, warnings, early.length > 0 || rest.written, rewritten), site, kept: kept.size, durations };
}

function summary(out: string, files: ReadonlyMap<string, string>, warnings: readonly string[], written: boolean, rewritten: readonly string[]): BuildSiteResult {
  const bytes = [...files.values()].reduce((n, text) => n + Buffer.byteLength(text), 0);
  return { out, files: files.size, bytes, warnings, written, rewritten };
}
