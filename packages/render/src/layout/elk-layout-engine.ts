import { createRequire } from 'node:module';
import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Box, Point } from '../geometry/box.js';
import { elkOptions, LARGE_GRAPH_NODES } from './elk-options.js';
import { SimpleLayeredEngine } from './simple-layered-engine.js';
import type { EdgeLayout, GraphLayout, LayoutEngine, LayoutGraph } from './layout-engine.js';

/** Options of {@link ElkLayoutEngine}. */
export interface ElkLayoutEngineOptions {
  /** Graphs with more nodes than this use fast strategies (and the result carries a warning). Defaults to 300. */
  readonly largeGraphNodes?: number;
}

/**
 * The layout engine backed by ELK (elkjs, run in this thread). Large left-to-right layered
 * graphs go to {@link SimpleLayeredEngine}, other large graphs get ELK's cheaper strategies;
 * if ELK fails on the full-quality settings it is tried once more with the cheap ones. Each
 * of these is said in the result's warnings.
 */
export class ElkLayoutEngine implements LayoutEngine {
  private elk: ELK | undefined;
  private readonly largeGraphNodes: number;
  private readonly fallback = new SimpleLayeredEngine();

  constructor(options: ElkLayoutEngineOptions = {}) {
    this.largeGraphNodes = options.largeGraphNodes ?? LARGE_GRAPH_NODES;
  }

  async layout(graph: LayoutGraph): Promise<GraphLayout> {
    const large = graph.nodes.length > this.largeGraphNodes;
    const warnings: string[] = [];
    if (large) {
      warnings.push(`${graph.nodes.length} shapes is more than ${this.largeGraphNodes}: a faster, simpler layout was used, so more lines may cross`);
      // ELK's layered algorithm takes tens of seconds on a thousand nodes; ours takes milliseconds.
      if (graph.algorithm === 'layered' && graph.direction !== 'DOWN') return withWarnings(await this.fallback.layout(graph), warnings);
    }
    try {
      return withWarnings(await this.run(graph, large), warnings);
    } catch (error) {
      if (large) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      warnings.push(`the full layout failed (${reason}); a faster, simpler layout was used`);
      return withWarnings(await this.run(graph, true), warnings);
    }
  }

  private async run(graph: LayoutGraph, fast: boolean): Promise<GraphLayout> {
    const input: ElkNode = {
      id: 'root',
      layoutOptions: elkOptions(graph, fast),
      children: graph.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
      edges: graph.edges.map((e): ElkExtendedEdge => ({
        id: e.id,
        sources: [e.source],
        targets: [e.target],
        ...(e.label === undefined ? {} : { labels: [{ id: `${e.id}:label`, text: ' ', width: e.label.width, height: e.label.height }] }),
      })),
    };
    this.elk ??= loadElk();
    const result = await this.elk.layout(input);
    return fromElk(result);
  }
}

/**
 * ELK, loaded on the first layout, so a build whose layouts are all cached never pays for it. It is
 * required rather than imported: its 1.6 MB script has no module type, and an import makes Node
 * parse it once more to guess its format, which costs more than running it.
 */
function loadElk(): ELK {
  const ElkConstructor = createRequire(import.meta.url)('elkjs/lib/elk.bundled.js') as new () => ELK;
  return new ElkConstructor();
}

function withWarnings(layout: GraphLayout, warnings: readonly string[]): GraphLayout {
  return warnings.length === 0 ? layout : { ...layout, warnings: [...layout.warnings, ...warnings] };
}

function fromElk(root: ElkNode): GraphLayout {
  const nodes: Record<string, Box> = {};
  for (const child of root.children ?? []) {
    nodes[child.id] = { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? 0, height: child.height ?? 0 };
  }
  const edges: Record<string, EdgeLayout> = {};
  for (const edge of root.edges ?? []) {
    const section = edge.sections?.[0];
    const points: Point[] = section === undefined ? [] : [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: p.x, y: p.y }));
    const label = edge.labels?.[0];
    edges[edge.id] = {
      points,
      ...(label === undefined ? {} : { label: { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 } }),
    };
  }
  return { width: root.width ?? 0, height: root.height ?? 0, nodes, edges, warnings: [] };
}
