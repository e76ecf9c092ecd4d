import type { MultiDirectedGraph } from 'graphology';
import type { OutcomeLevel } from '../model/model-index.js';
import type { SegmentGroup } from '../model/model.js';
import type { AccountabilityRole } from '../model/vocabulary.js';
import type {
  BusinessAreaId,
  CollaborationId,
  FrameworkId,
  GlossaryCode,
  GlossaryEntryId,
  MapId,
  OutcomeId,
  PartyId,
  ProfileId,
  ReferenceId,
  RelationKindId,
  RelationshipMapId,
  SegmentId,
  StakeholderId,
  StepId,
} from '../schema/ids.js';
import type { StepKind } from '../schema/process-map.js';

/**
 * The attributes of each kind of node, by kind. A kind of document whose nodes are of a new kind
 * adds them to this interface (`declare module`) in its own file, so no list here needs editing.
 */
export interface NodeKinds {
  /** The value chain, the home page of the model. */
  readonly 'value-chain': { readonly title: string };
  /** A segment of the value chain. */
  readonly segment: { readonly id: SegmentId; readonly group: SegmentGroup; readonly title: string };
  /** A process map. */
  readonly map: { readonly id: MapId; readonly title: string };
  /** A step, keyed within its map. */
  readonly step: { readonly map: MapId; readonly id: StepId; readonly stepKind: StepKind; readonly title: string };
  /** A glossary entry, keyed by its code. */
  readonly 'glossary-entry': { readonly code: GlossaryCode; readonly id: GlossaryEntryId; readonly title: string };
  /** A party. */
  readonly party: { readonly id: PartyId; readonly title: string };
  /** An accountability profile. */
  readonly profile: { readonly id: ProfileId; readonly title: string };
  /** A stakeholder in the register. */
  readonly stakeholder: { readonly id: StakeholderId; readonly title: string };
  /** A relationship map. */
  readonly 'relationship-map': { readonly id: RelationshipMapId; readonly title: string };
  /** An outcome framework. */
  readonly 'outcome-framework': { readonly id: FrameworkId; readonly title: string };
  /** An element of an outcome framework, with its level. */
  readonly outcome: { readonly id: OutcomeId; readonly level: OutcomeLevel; readonly title: string };
  /** An item of reference material. */
  readonly reference: { readonly id: ReferenceId; readonly title: string };
  /** A collaboration. */
  readonly collaboration: { readonly id: CollaborationId; readonly title: string };
  /** A business area, keyed within its collaboration. */
  readonly 'business-area': { readonly collaboration: CollaborationId; readonly id: BusinessAreaId; readonly title: string };
}

/** What a node of the model graph stands for: its kind and that kind's attributes. */
export type NodeAttributes = { readonly [K in keyof NodeKinds]: { readonly kind: K } & NodeKinds[K] }[keyof NodeKinds];

/** The kinds of node. */
export type NodeKind = NodeAttributes['kind'];

/** What an edge of the model graph means. */
export type EdgeAttributes =
  | { readonly kind: 'contains' }
  | { readonly kind: 'flows-to'; readonly label?: string; readonly condition?: string }
  | { readonly kind: 'drills-into' }
  | { readonly kind: 'carries-code' }
  | { readonly kind: 'relates'; readonly relation: RelationKindId; readonly map: RelationshipMapId; readonly label?: string }
  | { readonly kind: 'serves-outcome' }
  | { readonly kind: 'accountable-for'; readonly profile: ProfileId; readonly role: AccountabilityRole }
  | { readonly kind: 'references' }
  | { readonly kind: 'part-of-collaboration'; readonly as: 'partner' | 'unit' };

/** The kinds of edge. */
export type EdgeKind = EdgeAttributes['kind'];

/** The whole model as one directed multigraph with typed nodes and edges. */
export type ModelGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
