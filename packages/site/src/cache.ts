/**
 * @packageDocumentation
 * A warm build without loading the model: `@opcc/site/cache` hashes a model folder's files and
 * writes the site kept for them, loading neither core's schemas and parsers nor the renderer.
 * A miss costs one read of the model files; build as usual then, and keep the result with
 * rememberBuild from `@opcc/site`.
 */
export { cachedBuild, modelInputKey, type CachedBuildOptions, type CachedBuildResult } from './build/cached-build.js';
export type { SiteAudience } from './build/audience.js';
export { packageFingerprint } from './build/site-cache.js';
export { SiteOutError } from './build/site-out-guard.js';
