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

/** What a node of the model graph stands for. */
export type NodeAttributes =
  | { readonly kind: 'value-chain'; readonly title: string }
  | { readonly kind: 'segment'; readonly id: SegmentId; readonly group: SegmentGroup; readonly title: string }
  | { readonly kind: 'map'; readonly id: MapId; readonly title: string }
  | { readonly kind: 'step'; readonly map: MapId; readonly id: StepId; readonly stepKind: StepKind; readonly title: string }
  | { readonly kind: 'glossary-entry'; readonly code: GlossaryCode; readonly id: GlossaryEntryId; readonly title: string }
  | { readonly kind: 'party'; readonly id: PartyId; readonly title: string }
  | { readonly kind: 'profile'; readonly id: ProfileId; readonly title: string }
  | { readonly kind: 'stakeholder'; readonly id: StakeholderId; readonly title: string }
  | { readonly kind: 'relationship-map'; readonly id: RelationshipMapId; readonly title: string }
  | { readonly kind: 'outcome-framework'; readonly id: FrameworkId; readonly title: string }
  | { readonly kind: 'outcome'; readonly id: OutcomeId; readonly level: OutcomeLevel; readonly title: string }
  | { readonly kind: 'reference'; readonly id: ReferenceId; readonly title: string }
  | { readonly kind: 'collaboration'; readonly id: CollaborationId; readonly title: string }
  | { readonly kind: 'business-area'; readonly collaboration: CollaborationId; readonly id: BusinessAreaId; readonly title: string };

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
