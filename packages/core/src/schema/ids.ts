import type { z } from 'zod';
import { GlossaryCodeText, Id } from './primitives.js';

/*
 * Branded ids: a process map id cannot be passed where a stakeholder id is expected, although
 * both are strings in the files people write.
 */
export const GlossaryCode = GlossaryCodeText.brand<'GlossaryCode'>();
/** A dotted Police Activities Glossary code such as `1.1.2.8`. */
export type GlossaryCode = z.output<typeof GlossaryCode>;
export const GlossaryEntryId = Id.brand<'GlossaryEntryId'>();
/** The stable id of a glossary entry, which survives renumbering between editions. */
export type GlossaryEntryId = z.output<typeof GlossaryEntryId>;
export const PartyId = Id.brand<'PartyId'>();
/** The id of a party: the Commissioner, a Chief Constable, a partner body, a collaboration unit. */
export type PartyId = z.output<typeof PartyId>;
export const ProfileId = Id.brand<'ProfileId'>();
/** The id of an accountability profile. */
export type ProfileId = z.output<typeof ProfileId>;
export const MapId = Id.brand<'MapId'>();
/** The id of a process map. */
export type MapId = z.output<typeof MapId>;
export const StepId = Id.brand<'StepId'>();
/** The id of a step, unique within its process map. */
export type StepId = z.output<typeof StepId>;
export const LaneId = Id.brand<'LaneId'>();
/** The id of a lane, unique within its process map. */
export type LaneId = z.output<typeof LaneId>;
export const SegmentId = Id.brand<'SegmentId'>();
/** The id of a value-chain segment: a stage, band, responsibility area, chain link or supporting process. */
export type SegmentId = z.output<typeof SegmentId>;
export const StakeholderId = Id.brand<'StakeholderId'>();
/** The id of a stakeholder in the register. */
export type StakeholderId = z.output<typeof StakeholderId>;
export const RelationshipMapId = Id.brand<'RelationshipMapId'>();
/** The id of a relationship map. */
export type RelationshipMapId = z.output<typeof RelationshipMapId>;
export const RelationKindId = Id.brand<'RelationKindId'>();
/** The id of a kind of relationship, such as `holds-to-account`. */
export type RelationKindId = z.output<typeof RelationKindId>;
export const OutcomeId = Id.brand<'OutcomeId'>();
/** The id of an element of an outcome framework: vision, outcome, objective or area priority. */
export type OutcomeId = z.output<typeof OutcomeId>;
export const FrameworkId = Id.brand<'FrameworkId'>();
/** The id of an outcome framework. */
export type FrameworkId = z.output<typeof FrameworkId>;
export const ReferenceId = Id.brand<'ReferenceId'>();
/** The id of an item of reference material. */
export type ReferenceId = z.output<typeof ReferenceId>;
export const CollaborationId = Id.brand<'CollaborationId'>();
/** The id of a collaboration between forces or OPCCs. */
export type CollaborationId = z.output<typeof CollaborationId>;
export const BusinessAreaId = Id.brand<'BusinessAreaId'>();
/** The id of a collaboration business area, unique within its collaboration. */
export type BusinessAreaId = z.output<typeof BusinessAreaId>;
