import type { Severity } from '../diagnostics/codes.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { HandOff } from '../query/hand-offs.js';
import type { AccountabilityRole } from '../model/vocabulary.js';
import type {
  BusinessAreaId,
  CollaborationId,
  GlossaryCode,
  GlossaryEntryId,
  LaneId,
  MapId,
  OutcomeId,
  PartyId,
  ProfileId,
  RelationKindId,
  RelationshipMapId,
  StakeholderId,
  StepId,
} from '../schema/ids.js';
import type { ScenarioId } from '../schema/scenario.js';

/** Things present in one model and not the other. */
export interface AddedRemoved<T> {
  readonly added: readonly T[];
  readonly removed: readonly T[];
}

/** A step of a process map, named for a reader. */
export interface StepMention {
  readonly map: MapId;
  readonly step: StepId;
  readonly title: string;
}

/** One role of a glossary entry whose parties differ between the two models. */
export interface RoleChange {
  readonly role: AccountabilityRole;
  readonly before: readonly PartyId[];
  readonly after: readonly PartyId[];
}

/** A glossary entry whose parties change under a profile, after inheritance, with the maps and steps that carry it. */
export interface EntryChange {
  readonly profile: ProfileId;
  readonly code: GlossaryCode;
  readonly title: string;
  readonly roles: readonly RoleChange[];
  /** Maps with a step carrying the code, in the model after the change (or before, for an entry the change retires). */
  readonly maps: readonly MapId[];
  readonly steps: readonly StepMention[];
}

/** Glossary entries added, retired or renumbered (the id stays, the code changes). */
export interface GlossaryChanges extends AddedRemoved<{ readonly id: GlossaryEntryId; readonly code: GlossaryCode; readonly title: string }> {
  readonly renumbered: ReadonlyArray<{ readonly id: GlossaryEntryId; readonly title: string; readonly from: GlossaryCode; readonly to: GlossaryCode }>;
  readonly retitled: ReadonlyArray<{ readonly id: GlossaryEntryId; readonly code: GlossaryCode; readonly from: string; readonly to: string }>;
}

/** Glossary entries that enter or leave a set (gaps, overlaps) under one profile. */
export interface ProfileDelta {
  readonly profile: ProfileId;
  /** In the set after the change and not before. */
  readonly created: ReadonlyArray<{ readonly code: GlossaryCode; readonly title: string; readonly accountable: readonly PartyId[] }>;
  /** In the set before the change and not after. */
  readonly resolved: ReadonlyArray<{ readonly code: GlossaryCode; readonly title: string; readonly accountable: readonly PartyId[] }>;
}

/**
 * A step whose lane's party is neither accountable nor responsible, under a profile, for the
 * glossary entry the step carries: the people doing the work are not the ones who answer for it.
 */
export interface BoundaryConflict extends StepMention {
  readonly profile: ProfileId;
  readonly code: GlossaryCode;
  readonly lane: LaneId;
  /** The party of the step's lane. */
  readonly party: PartyId;
  readonly accountable: readonly PartyId[];
  readonly responsible: readonly PartyId[];
}

/** A step that moved from one lane to another. */
export interface StepMove extends StepMention {
  readonly from?: LaneId;
  readonly to?: LaneId;
}

/** An element whose fields differ, with the names of those fields. */
export interface FieldChange<Id> {
  readonly id: Id;
  readonly title: string;
  readonly fields: readonly string[];
}

/** A flow of a process map, by its ends. */
export interface FlowMention {
  readonly from: StepId;
  readonly to: StepId;
  readonly label?: string;
}

/** How one process map differs between the two models. */
export interface MapChange {
  readonly map: MapId;
  readonly title: string;
  readonly status: 'added' | 'removed' | 'changed';
  /** Fields of the map itself (title, parent, guidance, outcomes, references) that differ. */
  readonly fields: readonly string[];
  readonly steps: AddedRemoved<StepMention> & {
    readonly moved: readonly StepMove[];
    readonly changed: ReadonlyArray<FieldChange<StepId>>;
  };
  readonly flows: AddedRemoved<FlowMention>;
  readonly lanes: AddedRemoved<{ readonly id: LaneId; readonly title: string; readonly party?: PartyId }> & {
    readonly changed: ReadonlyArray<FieldChange<LaneId> & { readonly partyBefore?: PartyId; readonly partyAfter?: PartyId }>;
    /** The map's lanes in their new order, top to bottom, when the lanes it keeps are in another order than before (a `move-lane`). */
    readonly reordered?: readonly LaneId[];
  };
}

/** A party named by id and title. */
export interface PartyMention {
  readonly id: PartyId;
  readonly title: string;
}

/** Parties the change touches: their accountability, their lanes, their hand-offs, their collaborations. */
export interface PartyChanges extends AddedRemoved<PartyMention> {
  readonly affected: readonly PartyMention[];
}

/** A relation of a relationship map. */
export interface RelationMention {
  readonly map: RelationshipMapId;
  readonly from: StakeholderId;
  readonly to: StakeholderId;
  readonly kind: RelationKindId;
}

/** Stakeholders added, removed or changed, and relations added to or removed from relationship maps. */
export interface StakeholderChanges extends AddedRemoved<{ readonly id: StakeholderId; readonly title: string }> {
  readonly changed: ReadonlyArray<FieldChange<StakeholderId>>;
  readonly relations: AddedRemoved<RelationMention>;
  /** Every stakeholder added, removed, changed, or at either end of a relation added or removed, by id. */
  readonly affected: readonly StakeholderId[];
}

/** An outcome framework element that gains or loses the steps that serve it. */
export interface OutcomeChange extends AddedRemoved<StepMention> {
  readonly outcome: OutcomeId;
  readonly title: string;
}

/** A business area of a collaboration that was added, removed or changed. */
export interface BusinessAreaChange {
  readonly area: BusinessAreaId;
  readonly title: string;
  readonly status: 'added' | 'removed' | 'changed';
  /** The phase before and after, when it changes. */
  readonly phase?: { readonly before?: string; readonly after?: string };
  readonly codes: AddedRemoved<GlossaryCode>;
  readonly lead?: { readonly before?: PartyId; readonly after?: PartyId };
  /** Other fields that differ (title, dates, savings, description). */
  readonly fields: readonly string[];
}

/** One partner's share of a collaboration's cost. */
export interface CostShareMention {
  readonly party: PartyId;
  readonly percent: number;
}

/** How a collaboration differs between the two models. */
export interface CollaborationChange {
  readonly collaboration: CollaborationId;
  readonly title: string;
  readonly status: 'added' | 'removed' | 'changed';
  readonly businessAreas: readonly BusinessAreaChange[];
  /** The cost split before and after, when it changes. */
  readonly costSplit?: { readonly before: readonly CostShareMention[]; readonly after: readonly CostShareMention[] };
  readonly partners: AddedRemoved<PartyId>;
  readonly units: AddedRemoved<PartyId>;
}

/** A step a training scenario names that the model had before the change and has not after. */
export interface ScenarioBreak {
  readonly scenario: ScenarioId;
  readonly title: string;
  /** Where the scenario names the step, e.g. `module "gold" focus`. */
  readonly where: string;
  readonly map: MapId;
  readonly step: StepId;
}

/** A problem the checks find in the model after the change that they did not find before. */
export interface ImpactRisk {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
}

/** The counts an index of options compares side by side. */
export interface ImpactSummary {
  /** Glossary entries (per profile) whose parties change. */
  readonly entriesMoved: number;
  readonly gapsCreated: number;
  readonly gapsResolved: number;
  readonly overlapsCreated: number;
  readonly overlapsResolved: number;
  /** Boundary conflicts the change creates. */
  readonly boundaryConflicts: number;
  readonly boundaryConflictsResolved: number;
  readonly handOffsAdded: number;
  readonly handOffsRemoved: number;
  readonly mapsTouched: number;
  readonly partiesAffected: number;
  readonly stakeholdersAffected: number;
  readonly outcomesAffected: number;
  readonly collaborationsChanged: number;
  readonly scenarioSteps: number;
  readonly risks: number;
}

/** Everything a change to the model touches, from {@link impact}. Every list is in a fixed order, so two reports of the same change are equal. */
export interface ImpactReport {
  readonly summary: ImpactSummary;
  readonly glossary: GlossaryChanges;
  readonly entries: readonly EntryChange[];
  /** Per profile with any change: entries nobody is accountable for. */
  readonly gaps: readonly ProfileDelta[];
  /** Per profile with any change: entries with more than one accountable party. */
  readonly overlaps: readonly ProfileDelta[];
  readonly boundaryConflicts: { readonly created: readonly BoundaryConflict[]; readonly resolved: readonly BoundaryConflict[] };
  readonly handOffs: AddedRemoved<HandOff>;
  readonly maps: readonly MapChange[];
  readonly parties: PartyChanges;
  readonly stakeholders: StakeholderChanges;
  readonly outcomes: readonly OutcomeChange[];
  readonly collaborations: readonly CollaborationChange[];
  readonly scenarios: readonly ScenarioBreak[];
  readonly risks: readonly ImpactRisk[];
}
