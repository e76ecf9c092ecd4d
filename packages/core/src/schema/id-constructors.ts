import type { z } from 'zod';
import { InvalidIdError } from '../errors.js';
import * as ids from './ids.js';
import { ChangeSetId } from './change-set.js';
import { ScenarioId } from './scenario.js';

/*
 * Branded ids come from the loader already checked. Code that names an element itself (a test,
 * a script, a command-line argument) makes one with these constructors rather than a cast, so
 * the text is checked against the same schema the loader uses.
 */
function constructor<T>(kind: string, schema: { safeParse(input: unknown): z.ZodSafeParseResult<T> }): (text: string) => T {
  return (text) => {
    const parsed = schema.safeParse(text);
    if (!parsed.success) throw new InvalidIdError(kind, text);
    return parsed.data;
  };
}

/**
 * A glossary code from text; throws {@link InvalidIdError} unless it is a dotted code without leading zeros.
 * @example glossaryCode('1.1.2.8')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const glossaryCode: (text: string) => ids.GlossaryCode = constructor('glossary code', ids.GlossaryCode);
/**
 * A glossary entry id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example glossaryEntryId('pag-1-1-2-8')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const glossaryEntryId: (text: string) => ids.GlossaryEntryId = constructor('glossary entry id', ids.GlossaryEntryId);
/**
 * A party id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example partyId('pcc')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const partyId: (text: string) => ids.PartyId = constructor('party id', ids.PartyId);
/**
 * An accountability profile id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example profileId('northshire')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const profileId: (text: string) => ids.ProfileId = constructor('accountability profile id', ids.ProfileId);
/**
 * A process map id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example mapId('engage-consult')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const mapId: (text: string) => ids.MapId = constructor('process map id', ids.MapId);
/**
 * A step id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example stepId('publish-plan')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const stepId: (text: string) => ids.StepId = constructor('step id', ids.StepId);
/**
 * A lane id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example laneId('opcc')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const laneId: (text: string) => ids.LaneId = constructor('lane id', ids.LaneId);
/**
 * A value-chain segment id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example segmentId('set-direction')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const segmentId: (text: string) => ids.SegmentId = constructor('segment id', ids.SegmentId);
/**
 * A stakeholder id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example stakeholderId('police-and-crime-panel')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const stakeholderId: (text: string) => ids.StakeholderId = constructor('stakeholder id', ids.StakeholderId);
/**
 * A relationship map id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example relationshipMapId('governance')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const relationshipMapId: (text: string) => ids.RelationshipMapId = constructor('relationship map id', ids.RelationshipMapId);
/**
 * A relation kind id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example relationKindId('holds-to-account')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const relationKindId: (text: string) => ids.RelationKindId = constructor('relation kind id', ids.RelationKindId);
/**
 * An outcome framework element id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example outcomeId('safer-streets')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const outcomeId: (text: string) => ids.OutcomeId = constructor('outcome id', ids.OutcomeId);
/**
 * An outcome framework id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example frameworkId('police-and-crime-plan')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const frameworkId: (text: string) => ids.FrameworkId = constructor('outcome framework id', ids.FrameworkId);
/**
 * A reference id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example referenceId('policing-protocol-order-2023')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const referenceId: (text: string) => ids.ReferenceId = constructor('reference id', ids.ReferenceId);
/**
 * A collaboration id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example collaborationId('regional-organised-crime-unit')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const collaborationId: (text: string) => ids.CollaborationId = constructor('collaboration id', ids.CollaborationId);
/**
 * A collaboration business area id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example businessAreaId('serious-organised-crime')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const businessAreaId: (text: string) => ids.BusinessAreaId = constructor('business area id', ids.BusinessAreaId);
/**
 * A training scenario id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example scenarioId('complaint-about-the-chief-constable')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const scenarioId: (text: string) => ScenarioId = constructor('scenario id', ScenarioId);
/**
 * A change set id from text; throws {@link InvalidIdError} unless it is lower-case words joined by hyphens.
 * @example changeSetId('bring-public-order-into-the-alliance')
 * @throws {@link InvalidIdError} when the text is not a valid id of this kind; its `kind` and `text` say which.
 */
export const changeSetId: (text: string) => ChangeSetId = constructor('change set id', ChangeSetId);
