import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256, writeFileAtomically } from '@opcc/core/files';
import { canonicalJson } from './canonical-json.js';
import type { GraphLayout, LayoutEngine, LayoutGraph } from './layout-engine.js';

/** Options of {@link CachedLayoutEngine}. */
export interface LayoutCacheOptions {
  /** A directory to keep layouts in between runs, e.g. for a site builder. Created when missing. */
  readonly cacheDir?: string;
  /** How many layouts to keep in memory; the least recently used go first. Defaults to 500. */
  readonly maxEntries?: number;
}

/**
 * The cache key of a layout input: the sha-256 of its canonical JSON.
 * @example
 * ```ts
 * layoutKey(graph) === layoutKey(structuredClone(graph)); // true: 64 hex digits, the same for equal graphs
 * ```
 */
export function layoutKey(graph: LayoutGraph): string {
  return sha256(canonicalJson(graph));
}

/**
 * Wraps a layout engine so an unchanged graph is not laid out again: results are kept in
 * memory by the hash of their input and, when `cacheDir` is given, as JSON files there.
 */
export class CachedLayoutEngine implements LayoutEngine {
  private readonly memory = new Map<string, Promise<GraphLayout>>();
  private readonly maxEntries: number;

  constructor(
    private readonly inner: LayoutEngine,
    private readonly options: LayoutCacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 500;
  }

  /** How many layouts are held in memory. */
  get size(): number {
    return this.memory.size;
  }

  layout(graph: LayoutGraph): Promise<GraphLayout> {
    const key = layoutKey(graph);
    const hit = this.memory.get(key);
    if (hit !== undefined) {
      this.memory.delete(key);
      this.memory.set(key, hit);
      return hit;
    }
    const pending = this.fromDiskOrEngine(key, graph);
    this.memory.set(key, pending);
    pending.catch(() => this.memory.delete(key));
    while (this.memory.size > this.maxEntries) {
      const oldest = this.memory.keys().next().value;
      if (oldest === undefined) break;
      this.memory.delete(oldest);
    }
    return pending;
  }

  private async fromDiskOrEngine(key: string, graph: LayoutGraph): Promise<GraphLayout> {
    const dir = this.options.cacheDir;
    if (dir === undefined) return this.inner.layout(graph);
    const file = join(dir, `${key}.json`);
    const stored = await readFile(file, 'utf8').then(
      (text) => JSON.parse(text) as GraphLayout,
      () => undefined,
    );
    if (stored !== undefined) return stored;
    const result = await this.inner.layout(graph);
    // Whole or not at all, so another build reading the same cache never sees half a layout.
    writeFileAtomically(file, JSON.stringify(result));
    return result;
  }
}
