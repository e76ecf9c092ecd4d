import type { MultiDirectedGraph } from 'graphology';
import type { OutcomeLevel } from '../model/model-index.js';
import type { SegmentGroup } from '../model/model.js';
import type { AccountabilityRole } from '../model/vocabulary.js';
import type { StepKind } from '../schema/process-map.js';

/** What a node of the model graph stands for. */
export type NodeAttributes =
  | { readonly kind: 'value-chain'; readonly title: string }
  | { readonly kind: 'segment'; readonly id: string; readonly group: SegmentGroup; readonly title: string }
  | { readonly kind: 'map'; readonly id: string; readonly title: string }
  | { readonly kind: 'step'; readonly map: string; readonly id: string; readonly stepKind: StepKind; readonly title: string }
  | { readonly kind: 'glossary-entry'; readonly code: string; readonly id: string; readonly title: string }
  | { readonly kind: 'party'; readonly id: string; readonly title: string }
  | { readonly kind: 'profile'; readonly id: string; readonly title: string }
  | { readonly kind: 'stakeholder'; readonly id: string; readonly title: string }
  | { readonly kind: 'relationship-map'; readonly id: string; readonly title: string }
  | { readonly kind: 'outcome-framework'; readonly id: string; readonly title: string }
  | { readonly kind: 'outcome'; readonly id: string; readonly level: OutcomeLevel; readonly title: string }
  | { readonly kind: 'reference'; readonly id: string; readonly title: string }
  | { readonly kind: 'collaboration'; readonly id: string; readonly title: string }
  | { readonly kind: 'business-area'; readonly collaboration: string; readonly id: string; readonly title: string };

/** The kinds of node. */
export type NodeKind = NodeAttributes['kind'];

/** What an edge of the model graph means. */
export type EdgeAttributes =
  | { readonly kind: 'contains' }
  | { readonly kind: 'flows-to'; readonly label?: string; readonly condition?: string }
  | { readonly kind: 'drills-into' }
  | { readonly kind: 'carries-code' }
  | { readonly kind: 'relates'; readonly relation: string; readonly map: string; readonly label?: string }
  | { readonly kind: 'serves-outcome' }
  | { readonly kind: 'accountable-for'; readonly profile: string; readonly role: AccountabilityRole }
  | { readonly kind: 'references' }
  | { readonly kind: 'part-of-collaboration'; readonly as: 'partner' | 'unit' };

/** The kinds of edge. */
export type EdgeKind = EdgeAttributes['kind'];

/** The whole model as one directed multigraph with typed nodes and edges. */
export type ModelGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
