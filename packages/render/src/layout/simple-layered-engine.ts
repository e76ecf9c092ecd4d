import type { Box } from '../geometry/box.js';
import type { GraphLayout, LayoutEngine, LayoutGraph } from './layout-engine.js';

/**
 * A fast layered layout for graphs too large for ELK to lay out in good time: edges that
 * close cycles are found by depth-first search and ignored, nodes are put in layers by
 * longest path, and each layer is ordered by a few barycentre sweeps. Edges are straight.
 * It handles direction RIGHT only (layers left to right), which is what process maps need.
 */
export class SimpleLayeredEngine implements LayoutEngine {
  async layout(graph: LayoutGraph): Promise<GraphLayout> {
    const ids = graph.nodes.map((n) => n.id);
    const out = new Map<string, string[]>(ids.map((id) => [id, []]));
    for (const e of graph.edges) if (e.source !== e.target) out.get(e.source)?.push(e.target);
    const forward = acyclicEdges(ids, out);
    const layerOf = longestPathLayers(ids, forward);
    const layers = orderLayers(ids, layerOf, forward);
    const nodes: Record<string, Box> = {};
    let x = 0;
    let height = 0;
    const size = new Map(graph.nodes.map((n) => [n.id, n]));
    for (const layer of layers) {
      const width = Math.max(...layer.map((id) => size.get(id)?.width ?? 0));
      let y = 0;
      for (const id of layer) {
        const node = size.get(id);
        if (node === undefined) continue;
        nodes[id] = { x: x + (width - node.width) / 2, y, width: node.width, height: node.height };
        y += node.height + graph.spacing.node;
      }
      height = Math.max(height, y - graph.spacing.node);
      x += width + graph.spacing.layer;
    }
    const edges = Object.fromEntries(
      graph.edges.map((e) => {
        const a = nodes[e.source];
        const b = nodes[e.target];
        const points =
          a === undefined || b === undefined
            ? []
            : [
                { x: a.x + a.width, y: a.y + a.height / 2 },
                { x: b.x, y: b.y + b.height / 2 },
              ];
        return [e.id, { points }];
      }),
    );
    return { width: Math.max(0, x - graph.spacing.layer), height, nodes, edges, warnings: [] };
  }
}

/** The edges that remain when every edge closing a cycle (found by iterative depth-first search) is dropped. */
function acyclicEdges(ids: readonly string[], out: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const state = new Map<string, 1 | 2>();
  const kept = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const root of ids) {
    if (state.has(root)) continue;
    const stack: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const targets = out.get(top.id) ?? [];
      const target = targets[top.next++];
      if (target === undefined) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const seen = state.get(target);
      if (seen === 1) continue; // a back edge: it closes a cycle
      kept.get(top.id)?.push(target);
      if (seen === undefined) {
        state.set(target, 1);
        stack.push({ id: target, next: 0 });
      }
    }
  }
  return kept;
}

function longestPathLayers(ids: readonly string[], forward: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const indegree = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const targets of forward.values()) for (const t of targets) indegree.set(t, (indegree.get(t) ?? 0) + 1);
  const layer = new Map<string, number>(ids.map((id) => [id, 0]));
  const queue = ids.filter((id) => indegree.get(id) === 0);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    for (const t of forward.get(id) ?? []) {
      layer.set(t, Math.max(layer.get(t) ?? 0, (layer.get(id) ?? 0) + 1));
      const left = (indegree.get(t) ?? 0) - 1;
      indegree.set(t, left);
      if (left === 0) queue.push(t);
    }
  }
  return layer;
}

function orderLayers(ids: readonly string[], layerOf: ReadonlyMap<string, number>, forward: ReadonlyMap<string, readonly string[]>): string[][] {
  const count = Math.max(0, ...layerOf.values()) + 1;
  const layers: string[][] = Array.from({ length: count }, () => []);
  for (const id of ids) layers[layerOf.get(id) ?? 0]?.push(id);
  const preds = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [s, targets] of forward) for (const t of targets) preds.get(t)?.push(s);
  for (let sweep = 0; sweep < 4; sweep++) {
    for (let l = 1; l < layers.length; l++) {
      const position = new Map((layers[l - 1] ?? []).map((id, i) => [id, i]));
      const current = layers[l] ?? [];
      const score = new Map(
        current.map((id, i) => {
          const ps = (preds.get(id) ?? []).map((p) => position.get(p)).filter((p): p is number => p !== undefined);
          return [id, ps.length === 0 ? i : ps.reduce((a, b) => a + b, 0) / ps.length];
        }),
      );
      current.sort((a, b) => (score.get(a) ?? 0) - (score.get(b) ?? 0));
    }
  }
  return layers;
}
