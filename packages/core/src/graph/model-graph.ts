import type { Model } from '../model/model.js';
import type { ModelGraph } from './graph-types.js';
import { toGraph } from './to-graph.js';

/** The model graph the queries share, and each node's place in it: the order the model lists them. */
export interface SharedGraph {
  readonly graph: ModelGraph;
  readonly order: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Model, SharedGraph>();

/**
 * The graph of a model, built once and kept, for the queries that follow references: models are
 * immutable, and queries only read the graph.
 */
export function modelGraph(model: Model): SharedGraph {
  const cached = cache.get(model);
  if (cached !== undefined) return cached;
  const graph = toGraph(model);
  const shared = { graph, order: new Map(graph.nodes().map((key, i) => [key, i])) };
  cache.set(model, shared);
  return shared;
}
