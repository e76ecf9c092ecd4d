import type { LayoutGraph } from './layout-engine.js';

/** Above this many nodes, layered layouts switch to cheaper strategies and say so. */
export const LARGE_GRAPH_NODES = 300;

/** ELK layout options for a graph: quality settings for ordinary graphs, fast ones for large graphs. */
export function elkOptions(graph: LayoutGraph, fast: boolean): Record<string, string> {
  const common = {
    'elk.spacing.nodeNode': String(graph.spacing.node),
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    'elk.randomSeed': '1',
  };
  switch (graph.algorithm) {
    case 'layered':
      return {
        ...common,
        'elk.algorithm': 'layered',
        'elk.direction': graph.direction ?? 'RIGHT',
        'elk.edgeRouting': graph.orderOnly === true ? 'POLYLINE' : (graph.edgeRouting ?? 'ORTHOGONAL'),
        'elk.layered.spacing.nodeNodeBetweenLayers': String(graph.spacing.layer),
        'elk.layered.spacing.edgeNodeBetweenLayers': String(Math.round(graph.spacing.layer / 2)),
        'elk.spacing.edgeLabel': '4',
        'elk.edgeLabels.placement': 'CENTER',
        'elk.layered.edgeLabels.sideSelection': 'SMART_DOWN',
        // Keep the order the model lists things in where the layout is free to, so small
        // edits to a model make small changes to its picture.
        'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
        'elk.layered.cycleBreaking.strategy': fast ? 'GREEDY' : 'DEPTH_FIRST',
        'elk.layered.nodePlacement.strategy': fast || graph.orderOnly === true ? 'SIMPLE' : 'NETWORK_SIMPLEX',
        'elk.layered.crossingMinimization.thoroughness': fast ? '1' : '4',
      };
    case 'stress':
      return {
        ...common,
        'elk.algorithm': 'stress',
        'elk.stress.desiredEdgeLength': String(graph.edgeLength ?? 200),
        'elk.stress.iterationLimit': fast ? '50' : '300',
      };
    case 'force':
      return {
        ...common,
        'elk.algorithm': 'force',
        'elk.force.iterations': fast ? '100' : '300',
      };
  }
}
