import { MultiDirectedGraph } from 'graphology';
import type { GraphEdge } from '../kinds/kind-definition.js';
import { REFERENCEABLE, type Referenceable } from '../kinds/namespaces.js';
import { kindDefinitions, type KindStage } from '../kinds/registry.js';
import { selectAll, type Found } from '../kinds/selector.js';
import type { Model } from '../model/model.js';
import type { EdgeAttributes, ModelGraph, NodeAttributes } from './graph-types.js';
import { keyOf } from './node-keys.js';

/**
 * The model as one graphology multigraph. Every id becomes a node and every relation an edge;
 * an edge whose far end the model lacks (possible only in a model with errors) is left out.
 * Edge keys are derived from their ends, so the same model gives the same graph. The nodes and
 * the edges come from the registry of kinds: each reference a kind declares is an edge, so what
 * the checks check and what the graph shows cannot drift apart. Each call builds a new graph,
 * the caller's to change; the queries share one built once per model (`modelGraph`, internal).
 * @example
 * ```ts
 * const graph = toGraph(guide);
 * graph.order; // the number of nodes: every map, step, party, stakeholder, glossary entry, …
 * graph.outEdges(nodeKey.party('pcc')).filter((e) => graph.getEdgeAttribute(e, 'kind') === 'accountable-for').length;
 * ```
 */
export function toGraph(model: Model): ModelGraph {
  const graph: ModelGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const parts = kindDefinitions().map((definition) => ({ definition, documents: definition.fromModel(model) }));
  for (const { definition, documents } of parts) for (const document of documents) addNodes(graph, definition, document);
  for (const { definition, documents } of parts) {
    for (const document of documents) {
      for (const edge of [...containment(definition, document), ...referenceEdges(definition, document), ...(definition.edges?.(document) ?? [])]) {
        addEdge(graph, edge);
      }
    }
  }
  return graph;
}

function addNodes(graph: ModelGraph, definition: KindStage, document: unknown): void {
  selectAll(definition.nodes, document, (rule, found) => {
    const node = rule.node(found.value, document);
    graph.mergeNode(keyOf(node), node);
  });
}

/** The node of the innermost object holding a value that has a node of its own, or undefined. */
function holderNode(definition: KindStage, document: unknown, found: Found, below = found.holders.length): string | undefined {
  for (let i = below - 1; i >= 0; i--) {
    const holder = found.holders[i];
    const rule = definition.nodes.find((n) => n.at === holder?.at);
    if (holder !== undefined && rule !== undefined) return keyOf(rule.node(holder.item, document));
  }
  return undefined;
}

/** `contains` edges from each contained node's holder to it. */
function containment(definition: KindStage, document: unknown): GraphEdge[] {
  const edges: GraphEdge[] = [];
  selectAll(
    definition.nodes.filter((rule) => rule.contained === true),
    document,
    (rule, found) => {
      // The value found is the last holder: the node's container is held further out.
      const source = holderNode(definition, document, found, found.holders.length - 1);
      if (source !== undefined) edges.push({ source, target: keyOf(rule.node(found.value, document)), attributes: { kind: 'contains' } });
    },
  );
  return edges;
}

/** An edge for each reference whose rule says what edge it makes. */
function referenceEdges(definition: KindStage, document: unknown): GraphEdge[] {
  const edges: GraphEdge[] = [];
  const rules = definition.references.filter((rule) => rule.edge !== undefined);
  selectAll(rules, document, (rule, found) => {
    const target = (REFERENCEABLE[rule.to] as Referenceable).node;
    if (typeof found.value !== 'string' || target === undefined || rule.edge === undefined) return;
    const named = target(found.value);
    if (typeof rule.edge === 'function') {
      const holder = found.holders.at(-1)?.item;
      const edge = rule.edge({ id: found.value, path: found.path, holder, document }, named);
      if (edge !== undefined) edges.push(edge);
      return;
    }
    const { reverse, ...attributes } = rule.edge;
    const holder = holderNode(definition, document, found);
    if (holder === undefined) return;
    edges.push(reverse === true ? { source: named, target: holder, attributes } : { source: holder, target: named, attributes });
  });
  return edges;
}

function addEdge(graph: ModelGraph, { source, target, attributes }: GraphEdge): void {
  if (!graph.hasNode(source) || !graph.hasNode(target)) return;
  const base = `${attributes.kind}:${source}->${target}`;
  let key = base;
  for (let n = 2; graph.hasEdge(key); n++) key = `${base}#${n}`;
  graph.addDirectedEdgeWithKey(key, source, target, attributes);
}
