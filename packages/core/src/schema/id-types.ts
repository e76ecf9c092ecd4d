import type { z } from 'zod';

/*
 * The public names of the branded id types. In ids.ts each type shares its name with the schema
 * that makes it, and a bundled declaration file cannot export only the type half of such a
 * pair: it exported the name as a value that the JavaScript does not have, so `import { MapId }`
 * type-checked and then failed at run time. These types have no value half; each is the same
 * type as the schema's output (branded-ids.test-d.ts checks it), written out so the API
 * reference shows what it is.
 */

/** A dotted Police Activities Glossary code such as `1.1.2.8`; make one with {@link glossaryCode}. */
export type GlossaryCode = string & z.core.$brand<'GlossaryCode'>;
/** The stable id of a glossary entry, which survives renumbering between editions; make one with {@link glossaryEntryId}. */
export type GlossaryEntryId = string & z.core.$brand<'GlossaryEntryId'>;
/** The id of a party: the Commissioner, a Chief Constable, a partner body, a collaboration unit; make one with {@link partyId}. */
export type PartyId = string & z.core.$brand<'PartyId'>;
/** The id of an accountability profile; make one with {@link profileId}. */
export type ProfileId = string & z.core.$brand<'ProfileId'>;
/** The id of a process map; make one with {@link mapId}. */
export type MapId = string & z.core.$brand<'MapId'>;
/** The id of a step, unique within its process map; make one with {@link stepId}. */
export type StepId = string & z.core.$brand<'StepId'>;
/** The id of a lane, unique within its process map; make one with {@link laneId}. */
export type LaneId = string & z.core.$brand<'LaneId'>;
/** The id of a value-chain segment; make one with {@link segmentId}. */
export type SegmentId = string & z.core.$brand<'SegmentId'>;
/** The id of a stakeholder in the register; make one with {@link stakeholderId}. */
export type StakeholderId = string & z.core.$brand<'StakeholderId'>;
/** The id of a relationship map; make one with {@link relationshipMapId}. */
export type RelationshipMapId = string & z.core.$brand<'RelationshipMapId'>;
/** The id of a kind of relationship, such as `holds-to-account`; make one with {@link relationKindId}. */
export type RelationKindId = string & z.core.$brand<'RelationKindId'>;
/** The id of an element of an outcome framework (vision, outcome, objective, area priority or measure); make one with {@link outcomeId}. */
export type OutcomeId = string & z.core.$brand<'OutcomeId'>;
/** The id of an outcome framework; make one with {@link frameworkId}. */
export type FrameworkId = string & z.core.$brand<'FrameworkId'>;
/** The id of an item of reference material; make one with {@link referenceId}. */
export type ReferenceId = string & z.core.$brand<'ReferenceId'>;
/** The id of a collaboration between forces or OPCCs; make one with {@link collaborationId}. */
export type CollaborationId = string & z.core.$brand<'CollaborationId'>;
/** The id of a collaboration business area, unique within its collaboration; make one with {@link businessAreaId}. */
export type BusinessAreaId = string & z.core.$brand<'BusinessAreaId'>;
/** The id of a training scenario; make one with {@link scenarioId}. */
export type ScenarioId = string & z.core.$brand<'ScenarioId'>;
/** The id of a change set, an option for change; make one with {@link changeSetId}. */
export type ChangeSetId = string & z.core.$brand<'ChangeSetId'>;
