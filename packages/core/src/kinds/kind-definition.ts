import type { CheckContext, NamespaceName } from '../check/context.js';
import type { EdgeAttributes, NodeAttributes } from '../graph/graph-types.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import type { Model } from '../model/model.js';
import type { UsageEntry } from '../query/where-used.js';
import type { DocumentBody, DocumentKind } from '../schema/documents.js';
import type { GlossaryCode } from '../schema/ids.js';
import type { ReferenceableNamespace } from './namespaces.js';
import type { ItemSelector, Path, Selector } from './selector.js';

/** Where a kind of document declares names: `parties[].id` declares parties. */
export interface NameRule<K extends DocumentKind> {
  readonly at: Selector<DocumentBody<K>>;
  readonly namespace: NamespaceName;
}

/** One use of a name found by a {@link ReferenceRule}: the name, where it is, and the object holding it. */
export interface NameUse {
  readonly id: string;
  readonly path: Path;
  /** The innermost object holding the name (an assignment, a step), or the document. */
  readonly holder: unknown;
  readonly document: unknown;
}

/** An edge of the model graph, between two node keys. */
export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly attributes: EdgeAttributes;
}

/**
 * The edge a reference makes in the model graph: by default from the node of what holds the
 * reference to the node of what it names (a sub-process step drills into a map); `reverse` for
 * the other way round (a map contains the maps that name it as parent); or, for an edge between
 * other ends, a function.
 */
export type EdgeRule = (EdgeAttributes & { readonly reverse?: true }) | ((use: NameUse, target: string) => GraphEdge | undefined);

/**
 * A reference a kind of document makes, stated once as data: `steps[].map` names a process map.
 * The checks report a name that is not declared, the graph turns it into an edge, and queries
 * that follow references read them from the graph.
 */
export interface ReferenceRule<K extends DocumentKind> {
  readonly at: Selector<DocumentBody<K>>;
  readonly to: ReferenceableNamespace;
  /** The edge it makes in the model graph; none when left out. */
  readonly edge?: EdgeRule;
  /**
   * False when a check of the kind reports this reference itself, knowing more than whether the
   * name exists (an objective must name an outcome of its own framework).
   */
  readonly checked?: false;
}

/**
 * A node of the model graph for each object a selector finds (`steps[]`: a node per step; `''`:
 * one for the document). `contained` adds a `contains` edge from the node of what holds it.
 */
export interface NodeRule<K extends DocumentKind> {
  readonly at: ItemSelector<DocumentBody<K>>;
  readonly node: (item: never, document: DocumentBody<K>) => NodeAttributes;
  readonly contained?: true;
}

/** A line of the summary that `opcc validate --summary` prints: a label and what it counts. */
export interface SummaryLine {
  readonly label: string;
  /** The counts; `plural` writes a count with its noun ("1 step", "2 steps"). */
  readonly text: (model: Model, plural: (count: number, word: string, many?: string) => string) => string;
}

/**
 * Everything the stages of the pipeline need to know about one kind of document, in one place:
 * the names it declares, the references it makes, its checks, its graph nodes and edges, how it
 * goes into the {@link Model} and back out, and its line of the summary. The schema itself is
 * registered in `schema/documents.ts`, which defines {@link DocumentKind}.
 */
export interface KindDefinition<K extends DocumentKind> {
  readonly kind: K;
  /** The names the documents declare, in the order they are declared. */
  readonly names?: ReadonlyArray<NameRule<K>>;
  /**
   * Declarations that data cannot state (a default id, only the first document counting, names a
   * missing parent implies). Runs before {@link names}.
   */
  readonly declare?: (ctx: CheckContext, documents: ReadonlyArray<ParsedDocument<K>>) => void;
  /** The references the documents make, in the order they are checked within each item. */
  readonly references: ReadonlyArray<ReferenceRule<K>>;
  /** Checks of this kind beyond its references, run after every reference is checked. */
  readonly checks?: ReadonlyArray<(ctx: CheckContext) => void>;
  /** The graph nodes its documents hold. */
  readonly nodes?: ReadonlyArray<NodeRule<K>>;
  /** Graph edges that are not references (flows between steps, glossary parents). */
  readonly edges?: (document: DocumentBody<K>) => ReadonlyArray<GraphEdge>;
  /** Its documents as they went into the model, in canonical form: what assembling them gave back. */
  readonly fromModel: (model: Model) => ReadonlyArray<DocumentBody<K>>;
  /** Its part of the model, from the bodies of its documents in the order they were read. */
  readonly assemble: (documents: ReadonlyArray<DocumentBody<K>>) => Partial<Model>;
  /** Its line of the summary, if it has one of its own. */
  readonly summary?: SummaryLine;
  /** For a graph node of this kind that carries a glossary code (a step, a business area), its entry in the answer of `whereUsed`. */
  readonly usage?: (carrier: NodeAttributes, code: GlossaryCode) => UsageEntry | undefined;
}
