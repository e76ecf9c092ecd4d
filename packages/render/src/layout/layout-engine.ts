import type { Box, Point } from '../geometry/box.js';

/** The algorithm a layout asks for; an engine maps it to its own. */
export type LayoutAlgorithm = 'layered' | 'stress' | 'force';

/** A node to place: its size is fixed by the caller. */
export interface LayoutNode {
  readonly id: string;
  readonly width: number;
  readonly height: number;
}

/** An edge between two nodes, with the size of its label when it has one. */
export interface LayoutEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label?: { readonly width: number; readonly height: number };
}

/** The input of a layout: a plain, serialisable graph, so it can be hashed, cached or sent to a worker. */
export interface LayoutGraph {
  readonly algorithm: LayoutAlgorithm;
  /** For layered layouts: the direction edges point. */
  readonly direction?: 'RIGHT' | 'DOWN';
  /** For layered layouts: straight-line or right-angled edges. */
  readonly edgeRouting?: 'ORTHOGONAL' | 'POLYLINE';
  /**
   * For layered layouts: the caller uses only the layers and the order of nodes within them
   * (a process map puts nodes in lanes and routes flows itself), so placement and routing may be cheap.
   */
  readonly orderOnly?: boolean;
  /** Space between nodes, and between layers of a layered layout. */
  readonly spacing: { readonly node: number; readonly layer: number };
  /** Edge length a stress or force layout aims for. */
  readonly edgeLength?: number;
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
}

/** A routed edge: its points from source to target and where its label goes. */
export interface EdgeLayout {
  readonly points: readonly Point[];
  readonly label?: Box;
}

/** Where a layout put everything. Coordinates start at (0, 0); nothing in it refers back to the model. */
export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: Readonly<Record<string, Box>>;
  readonly edges: Readonly<Record<string, EdgeLayout>>;
  /** Things the caller should tell a person, e.g. that a simpler strategy was used for a large graph. */
  readonly warnings: readonly string[];
}

/**
 * Places a graph. The ELK adapter is the real one; tests may pass a fake, and a worker may
 * wrap one, because the input and output are plain data.
 */
export interface LayoutEngine {
  layout(graph: LayoutGraph): Promise<GraphLayout>;
}
