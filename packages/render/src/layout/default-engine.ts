import { CachedLayoutEngine, type LayoutCacheOptions } from './cached-layout-engine.js';
import { ElkLayoutEngine } from './elk-layout-engine.js';
import type { LayoutEngine } from './layout-engine.js';

/** The ELK engine wrapped in a cache: the engine every render function uses unless given another. */
export function createLayoutEngine(options: LayoutCacheOptions = {}): CachedLayoutEngine {
  return new CachedLayoutEngine(new ElkLayoutEngine(), options);
}

let shared: LayoutEngine | undefined;

/** One cached ELK engine shared by the render functions of this process. */
export function defaultLayoutEngine(): LayoutEngine {
  shared ??= createLayoutEngine();
  return shared;
}
