import type { z } from 'zod';
import type { DocumentBody } from '../schema/documents.js';
import type { GlossaryEntry as GlossaryEntrySchema } from '../schema/glossary.js';
import type { GlossaryEntryId } from '../schema/ids.js';
import type { Party as PartySchema } from '../schema/parties.js';
import type { Flow as FlowSchema, Lane as LaneSchema, Step as StepSchema } from '../schema/process-map.js';
import type { Reference as ReferenceSchema } from '../schema/references.js';
import type { Relation as RelationSchema, RelationKind as RelationKindSchema, Stakeholder as StakeholderSchema } from '../schema/stakeholders.js';
import type { Segment as SegmentSchema } from '../schema/value-chain.js';

/** A glossary entry with its id and level name filled in. */
export type GlossaryEntry = Omit<z.output<typeof GlossaryEntrySchema>, 'id' | 'level'> & {
  readonly id: GlossaryEntryId;
  readonly level?: string;
};

/** The Police Activities Glossary: every entry, in natural code order. */
export interface Glossary {
  readonly title: string;
  readonly edition?: string;
  readonly illustrative: boolean;
  readonly levels: readonly string[];
  readonly entries: readonly GlossaryEntry[];
}

/** A body that can be accountable for glossary entries. */
export type Party = z.output<typeof PartySchema>;
/** One area's assignment of glossary entries to parties. */
export type Profile = DocumentBody<'accountability-profile'>;
/** One assignment of a profile. */
export type Assignment = Profile['assignments'][number];
/** The OPCC value chain. */
export type ValueChain = DocumentBody<'value-chain'>;
/** A segment of the value chain. */
export type Segment = z.output<typeof SegmentSchema>;
export type { SegmentGroup } from './vocabulary.js';
/** A process map. */
export type ProcessMap = DocumentBody<'process-map'>;
/** A step on a process map. */
export type Step = z.output<typeof StepSchema>;
/** A flow between two steps. */
export type Flow = z.output<typeof FlowSchema>;
/** A lane of a process map. */
export type Lane = z.output<typeof LaneSchema>;
/** A stakeholder in the register. */
export type Stakeholder = z.output<typeof StakeholderSchema>;
/** A relationship map. */
export type RelationshipMap = DocumentBody<'relationship-map'>;
/** A relation on a relationship map. */
export type Relation = z.output<typeof RelationSchema>;
/** A kind of relationship. */
export type RelationKind = z.output<typeof RelationKindSchema>;
/** An outcome framework. */
export type OutcomeFramework = DocumentBody<'outcome-framework'>;
/** An item of reference material. */
export type Reference = z.output<typeof ReferenceSchema>;
/** A collaboration between forces and OPCCs. */
export type Collaboration = DocumentBody<'collaboration'>;
/** A training scenario. */
export type Scenario = DocumentBody<'scenario'>;
/** An option for change: changes to the model, applied in order. */
export type ChangeSet = DocumentBody<'change-set'>;
/** A business area of a collaboration. */
export type BusinessArea = Collaboration['businessAreas'][number];

/**
 * The whole operating model: validated, with ids resolved and collections in a canonical
 * order (glossary by code, everything else with an id by id), so two loads of the same
 * content are equal whatever the file layout.
 */
export interface Model {
  readonly title: string;
  readonly description?: string;
  readonly version?: string;
  /** The date (YYYY-MM-DD) the content is correct as at, from the manifest's `asAt`. */
  readonly asAt?: string;
  readonly glossary: Glossary;
  readonly parties: readonly Party[];
  readonly profiles: readonly Profile[];
  readonly valueChain?: ValueChain;
  readonly maps: readonly ProcessMap[];
  readonly stakeholders: readonly Stakeholder[];
  readonly relationshipMaps: readonly RelationshipMap[];
  /** Relation kinds the model declares; the built-in kinds are always available as well. */
  readonly relationKinds: readonly RelationKind[];
  readonly outcomeFrameworks: readonly OutcomeFramework[];
  readonly references: readonly Reference[];
  readonly collaborations: readonly Collaboration[];
  /** Training scenarios, run over the process maps. */
  readonly scenarios: readonly Scenario[];
  /** Options for change, each applied to a copy of the model on demand (`applyChangeSet`), never to the model itself. */
  readonly changeSets: readonly ChangeSet[];
}
