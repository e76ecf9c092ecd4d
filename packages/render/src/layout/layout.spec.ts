import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CachedLayoutEngine, layoutKey } from './cached-layout-engine.js';
import { canonicalJson } from './canonical-json.js';
import { ElkLayoutEngine } from './elk-layout-engine.js';
import type { GraphLayout, LayoutEngine, LayoutGraph } from './layout-engine.js';
import { SimpleLayeredEngine } from './simple-layered-engine.js';

class CountingEngine implements LayoutEngine {
  calls = 0;
  async layout(graph: LayoutGraph): Promise<GraphLayout> {
    this.calls++;
    return {
      width: 1,
      height: 1,
      nodes: Object.fromEntries(graph.nodes.map((n) => [n.id, { x: 0, y: 0, width: n.width, height: n.height }])),
      edges: {},
      warnings: [],
    };
  }
}

const graph: LayoutGraph = {
  algorithm: 'layered',
  direction: 'RIGHT',
  spacing: { node: 10, layer: 20 },
  nodes: [
    { id: 'a', width: 50, height: 20 },
    { id: 'b', width: 50, height: 20 },
    { id: 'c', width: 50, height: 20 },
  ],
  edges: [
    { id: 'ab', source: 'a', target: 'b' },
    { id: 'bc', source: 'b', target: 'c' },
    { id: 'ca', source: 'c', target: 'a' },
  ],
};

describe('canonicalJson and layoutKey', () => {
  it('ignore the order keys were written in', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    const reordered = { edges: graph.edges, nodes: graph.nodes, spacing: { layer: 20, node: 10 }, direction: 'RIGHT', algorithm: 'layered' } as LayoutGraph;
    expect(layoutKey(reordered)).toBe(layoutKey(graph));
    expect(layoutKey({ ...graph, spacing: { node: 11, layer: 20 } })).not.toBe(layoutKey(graph));
    expect(layoutKey(graph)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('CachedLayoutEngine', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('lays out an unchanged graph once', async () => {
    const inner = new CountingEngine();
    const engine = new CachedLayoutEngine(inner);
    const first = await engine.layout(graph);
    const second = await engine.layout(structuredClone(graph));
    expect(inner.calls).toBe(1);
    expect(second).toEqual(first);
    await engine.layout({ ...graph, nodes: graph.nodes.slice(0, 2), edges: [] });
    expect(inner.calls).toBe(2);
  });

  it('keeps layouts on disk so a new process need not lay out again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcc-layout-'));
    dirs.push(dir);
    const first = new CountingEngine();
    await new CachedLayoutEngine(first, { cacheDir: join(dir, 'cache') }).layout(graph);
    expect(readdirSync(join(dir, 'cache'))).toEqual([`${layoutKey(graph)}.json`]);
    const second = new CountingEngine();
    const result = await new CachedLayoutEngine(second, { cacheDir: join(dir, 'cache') }).layout(graph);
    expect(second.calls).toBe(0);
    expect(result.nodes.a).toEqual({ x: 0, y: 0, width: 50, height: 20 });
  });

  it('forgets the least recently used layout beyond its size', async () => {
    const inner = new CountingEngine();
    const engine = new CachedLayoutEngine(inner, { maxEntries: 1 });
    await engine.layout(graph);
    await engine.layout({ ...graph, edges: [] });
    await engine.layout(graph);
    expect(inner.calls).toBe(3);
    expect(engine.size).toBe(1);
  });
});

describe('layout engines', () => {
  for (const [name, engine] of [
    ['ELK', new ElkLayoutEngine()],
    ['simple layered', new SimpleLayeredEngine()],
  ] as const) {
    it(`${name} places every node of a graph with a cycle, left to right, without overlaps`, async () => {
      const result = await engine.layout(graph);
      const a = result.nodes.a;
      const b = result.nodes.b;
      const c = result.nodes.c;
      expect(a && b && c).toBeTruthy();
      expect((a?.x ?? 0) + (a?.width ?? 0)).toBeLessThanOrEqual(b?.x ?? 0);
      expect((b?.x ?? 0) + (b?.width ?? 0)).toBeLessThanOrEqual(c?.x ?? 0);
    });
  }

  it('ELK hands large left-to-right graphs to the simple engine and says so', async () => {
    const result = await new ElkLayoutEngine({ largeGraphNodes: 2 }).layout(graph);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/3 shapes is more than 2/);
  });
});
