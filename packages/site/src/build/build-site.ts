import type { Model } from '@opcc/core';
import type { LayoutEngine } from '@opcc/render';
import { collaborationPage, collaborationsPage } from '../pages/collaboration-page.js';
import { comparePage } from '../pages/compare-page.js';
import { glossaryPage, profilePairs } from '../pages/glossary-page.js';
import { mapPage } from '../pages/map-page.js';
import { mapsPage } from '../pages/maps-page.js';
import { optionPage } from '../pages/option-page.js';
import { optionsPage } from '../pages/options-page.js';
import { outcomeFrameworkPage, outcomesPage } from '../pages/outcomes-page.js';
import { assetPath, pagePath } from '../pages/paths.js';
import { profileGapsPage } from '../pages/profile-gaps-page.js';
import { referencesPage } from '../pages/references-page.js';
import { scenarioFacilitatorPage } from '../pages/scenario-facilitator.js';
import { scenarioPacks } from '../pages/scenario-packs.js';
import { scenarioPage } from '../pages/scenario-page.js';
import { scenarioRunPage } from '../pages/scenario-run.js';
import { scenariosPage } from '../pages/scenarios-page.js';
import { searchPage } from '../pages/search-page.js';
import { relationshipPage, stakeholdersPage } from '../pages/stakeholders-page.js';
import { valueChainPage } from '../pages/value-chain-page.js';
import { searchIndexScript } from '../search/build-search-index.js';
import type { SiteAudience } from './audience.js';
import { clientBundle, siteStylesheet } from './client-bundle.js';
import { drawAll } from './drawings.js';
import { analyseOptions } from './option-analysis.js';
import { modelFor, staffPages } from './participant-site.js';
import { drawScenarios, NO_SCENARIO_DRAWINGS } from './scenario-drawings.js';
import { withReferenceFiles } from './reference-files.js';
import { SiteCache } from './site-cache.js';
import { checkSiteOut, type SiteOutError, type SiteOutGuard } from './site-out-guard.js';
import { writeSite } from './write-site.js';

/** Options of {@link buildSite}; `modelDir`, `force` and `cwd` guard what the build may replace. */
export interface BuildSiteOptions extends SiteOutGuard {
  /**
   * The folder to write; it is replaced whole, and only once the build has succeeded. It must be
   * missing, empty or a site built before, unless `force` is set (see {@link checkSiteOut}).
   */
  readonly out: string;
  /** The layout engine, e.g. one with an on-disk cache; defaults to render's cached ELK engine. */
  readonly engine?: LayoutEngine;
  /** Called as drawings are made, for a progress display. */
  readonly onProgress?: (done: number, total: number, label: string) => void;
  /**
   * A folder where built sites are kept by the hash of the model and of the code that builds them:
   * a build of a model seen before takes its files from there instead of drawing every page again.
   * Use it only with the same kind of layout engine every time (the cache does not know the engine).
   */
  readonly siteCache?: string;
  /**
   * Who the site is for: `all` (the default) builds every page; `participants` leaves out the pages for exercise staff
   * and every text for staff only (see {@link SiteAudience}), to give the site to the players.
   */
  readonly audience?: SiteAudience;
}

/** Options of {@link siteFiles}: those of a build, and the pages a rebuild may keep from the site built before. */
export interface SiteFilesOptions extends Omit<BuildSiteOptions, 'out'> {
  /**
   * The files of the site built before, and the maps whose pages are the same in this model (see
   * unchangedMapPages): those pages are taken as they were, and their maps are not drawn again.
   * The kept maps' layout warnings are taken from `warnings` (by map id, as the build before gave them).
   */
  readonly reuse?: {
    readonly files: ReadonlyMap<string, string>;
    readonly maps: ReadonlySet<string>;
    readonly warnings?: ReadonlyMap<string, readonly string[]>;
  };
}

/** The files of a site built in memory, with the layout warnings of its maps. */
export interface SiteFiles {
  /** Every file of the site, by path. */
  readonly files: Map<string, string>;
  /** Every map's layout warnings, in the order of the maps. */
  readonly warnings: readonly string[];
  /** The same warnings by map id, for a rebuild that keeps some of the maps' pages (see {@link SiteFilesOptions.reuse}). */
  readonly mapWarnings: ReadonlyMap<string, readonly string[]>;
}

/** What a build wrote. */
export interface BuildSiteResult {
  readonly out: string;
  readonly files: number;
  readonly bytes: number;
  readonly warnings: readonly string[];
  /** False when the folder already held exactly this site, so nothing was written. */
  readonly written: boolean;
  /** The files written anew; the others were already in the folder and were kept as they were. */
  readonly rewritten: readonly string[];
}

/**
 * Every file of the site, by path, built in memory.
 * @example
 * ```ts
 * const { files } = await siteFiles(guide); // path → content, nothing written
 * files.get('index.html');
 * const players = await siteFiles(guide, { audience: 'participants' }); // no facilitator material
 * ```
 */
export async function siteFiles(full: Model, options: SiteFilesOptions = {}): Promise<SiteFiles> {
  const { reuse } = options;
  const audience = options.audience ?? 'all';
  // Built from a model without the staff material, so that no page, script or search index can hold any of it.
  const model = modelFor(full, audience);
  const kept = (id: string) => reuse !== undefined && reuse.maps.has(id) && reuse.files.has(pagePath.map(id));
  const drawings = await drawAll(model, {
    ...(options.engine === undefined ? {} : { engine: options.engine }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(reuse === undefined ? {} : { maps: (id: string) => !kept(id) }),
  });
  const files = new Map<string, string>();
  files.set(pagePath.home(), valueChainPage(model, drawings.valueChain));
  files.set(pagePath.maps(), mapsPage(model));
  for (const map of model.maps) {
    const path = pagePath.map(map.id);
    files.set(path, (kept(map.id) ? reuse?.files.get(path) : undefined) ?? mapPage(model, map, drawings.maps.get(map.id)));
  }
  files.set(pagePath.glossary(), glossaryPage(model));
  for (const [a, b] of profilePairs(model)) files.set(pagePath.compare(a.id, b.id), comparePage(model, a, b));
  for (const p of model.profiles) files.set(pagePath.accountability(p.id), profileGapsPage(model, p));
  files.set(pagePath.stakeholders(), stakeholdersPage(model));
  for (const m of model.relationshipMaps) files.set(pagePath.relationshipMap(m.id), relationshipPage(model, m, drawings.relationshipMaps.get(m.id), drawings.powerInterest.get(m.id)));
  files.set(pagePath.outcomes(), outcomesPage(model));
  for (const f of model.outcomeFrameworks) files.set(pagePath.outcomeFramework(f.id), outcomeFrameworkPage(model, f, drawings.outcomeFrameworks.get(f.id)));
  files.set(pagePath.collaborations(), collaborationsPage(model));
  for (const c of model.collaborations) files.set(pagePath.collaboration(c.id), collaborationPage(model, c, c.governance === undefined ? undefined : drawings.relationshipMaps.get(c.governance)));
  files.set(pagePath.references(), referencesPage(model));
  const changeOptions = await analyseOptions(model, options.engine === undefined ? {} : { engine: options.engine });
  if (changeOptions.length > 0) files.set(pagePath.options(), optionsPage(model, changeOptions));
  for (const option of changeOptions) files.set(pagePath.option(option.changeSet.id), optionPage(model, option));
  const scenarioDrawings = await drawScenarios(model, options.engine === undefined ? {} : { engine: options.engine });
  files.set(pagePath.scenarios(), scenariosPage(model, audience));
  for (const s of model.scenarios) {
    files.set(pagePath.scenario(s.id), scenarioPage(model, s));
    files.set(pagePath.scenarioRun(s.id), scenarioRunPage(model, s, scenarioDrawings.get(s.id) ?? NO_SCENARIO_DRAWINGS));
    files.set(pagePath.scenarioFacilitator(s.id), scenarioFacilitatorPage(model, s, scenarioDrawings.get(s.id) ?? NO_SCENARIO_DRAWINGS));
    for (const [path, page] of scenarioPacks(model, s, scenarioDrawings.get(s.id) ?? NO_SCENARIO_DRAWINGS)) files.set(path, page);
  }
  files.set(pagePath.search(), searchPage(model));
  files.set(assetPath.searchIndex, searchIndexScript(model));
  files.set(assetPath.script, await clientBundle('site'));
  files.set(assetPath.searchScript, await clientBundle('search'));
  files.set(assetPath.css, await siteStylesheet());
  if (audience === 'participants') for (const path of staffPages(model)) files.delete(path);
  const mapWarnings = new Map(model.maps.map((map) => [map.id as string, (kept(map.id) ? reuse?.warnings?.get(map.id) : drawings.mapWarnings.get(map.id)) ?? []]));
  return { files, warnings: [...mapWarnings.values()].flat(), mapWarnings };
}

/**
 * Builds the static site for a model into a folder: pages that open from disk with no server,
 * no network and no module scripts. The model should be free of errors; check it first.
 * Throws a {@link SiteOutError} before writing anything when `out` is a folder it must not replace.
 * With `audience: 'participants'`, the site holds nothing for exercise staff only, to hand to the players.
 * @example
 * ```ts
 * const { files, bytes, warnings } = await buildSite(guide, { out: 'site' }); // then open site/index.html
 * await buildSite(guide, { out: 'participant-site', audience: 'participants' }); // no answers, guides or inject cards
 * ```
 */
export async function buildSite(model: Model, options: BuildSiteOptions): Promise<BuildSiteResult> {
  // Refuse a folder that must not be replaced before the slow part, and again just before writing.
  checkSiteOut(options.out, options);
  const cache = options.siteCache === undefined ? undefined : new SiteCache(options.siteCache, model, options.audience);
  const cached = cache?.load();
  const { files, warnings } = cached ?? (await siteFiles(model, options));
  if (cached === undefined) cache?.store({ files, warnings });
  const { written, rewritten } = writeSite(options.out, withReferenceFiles(files, model, options.modelDir), options);
  const bytes = [...files.values()].reduce((n, text) => n + Buffer.byteLength(text), 0);
  return { out: options.out, files: files.size, bytes, warnings, written, rewritten };
}
