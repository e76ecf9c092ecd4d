/**
 * @packageDocumentation
 * Builds the static OPCC Guide Operating Model site: every page opens from disk by
 * double-clicking, with no server, no network and no module scripts.
 */
export { buildSite, siteFiles, type BuildSiteOptions, type BuildSiteResult, type SiteFiles, type SiteFilesOptions } from './build/build-site.js';
export { SITE_AUDIENCES, type SiteAudience } from './build/audience.js';
export { rebuildSite, type BuiltSite, type RebuildSiteOptions, type RebuildSiteResult } from './build/rebuild-site.js';
export { unchangedMapPages } from './build/unchanged-map-pages.js';
export { checkSiteOut, SiteOutError, type SiteOutGuard, type SiteOutProblem } from './build/site-out-guard.js';
export { rememberBuild, type RememberBuildOptions } from './build/remember-build.js';
export { CONTENT_SECURITY_POLICY } from './pages/layout.js';
export { pagePath } from './pages/paths.js';
export { searchDocuments } from './search/build-search-index.js';
export type { SearchDocument } from './search/search-options.js';
