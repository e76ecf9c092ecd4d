import { CachedLayoutEngine, type LayoutCacheOptions } from './cached-layout-engine.js';
import { ElkLayoutEngine } from './elk-layout-engine.js';
import type { LayoutEngine } from './layout-engine.js';

/**
 * The ELK engine wrapped in a cache: the engine every render function uses unless given another.
 * @example
 * ```ts
 * const engine = createLayoutEngine({ cacheDir: '.opcc-cache/layout' }); // layouts kept on disk between runs
 * await renderMap(guide, 'engage-consult', { engine });
 * ```
 */
export function createLayoutEngine(options: LayoutCacheOptions = {}): CachedLayoutEngine {
  return new CachedLayoutEngine(new ElkLayoutEngine(), options);
}

let shared: LayoutEngine | undefined;

/**
 * One cached ELK engine shared by the render functions of this process.
 * @example
 * ```ts
 * const laidOut = await layoutProcessMap(mapLayoutInput(guide, 'engage-consult'), defaultLayoutEngine());
 * ```
 */
export function defaultLayoutEngine(): LayoutEngine {
  shared ??= createLayoutEngine();
  return shared;
}
