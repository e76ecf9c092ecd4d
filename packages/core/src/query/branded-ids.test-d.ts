/*
 * Type tests, checked by `tsc` over this package (tests/typecheck.spec.ts): each
 * `@ts-expect-error` must meet an error, so a query or look-up that started accepting the
 * wrong id, or a plain string, fails the build. Nothing here runs.
 */
import type { Model } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import { glossaryCode, mapId, outcomeId, partyId, profileId, stakeholderId, stepId } from '../schema/id-constructors.js';
import type { GlossaryCode, MapId, ProfileId, StepId } from '../schema/ids.js';
import type * as ids from '../schema/ids.js';
import type * as publicIds from '../schema/id-types.js';
import type { ChangeSetId } from '../schema/change-set.js';
import type { ScenarioId } from '../schema/scenario.js';
import { accountabilityGaps, accountableFor, compareProfiles } from './accountability.js';
import { breadcrumbs } from './breadcrumbs.js';
import { glossaryChildren, glossaryEntry } from './glossary-tree.js';
import { mapsServingOutcome, outcomesServedByMap } from './outcomes.js';
import { codeUsage } from './code-usage.js';
import { handOffs } from './hand-offs.js';
import { stepsServingOutcome } from './outcome-steps.js';
import { entriesForParty } from './party-entries.js';
import { partiesOfProfile } from './profile-parties.js';
import { relationshipMapsOfStakeholder, relationsOfRelationshipMap, stakeholdersOfRelationshipMap } from './relationship-maps.js';
import { whereUsed } from './where-used.js';

/** Never called: its body is checked by the compiler. */
export function brandedIdTypeTests(model: Model): void {
  const index = indexModel(model);
  const map = mapId('engage-consult');
  const profile = profileId('northshire');
  const code = glossaryCode('1.1.2.8');

  // The right brands are accepted.
  accountableFor(model, profile, code);
  whereUsed(model, code);
  outcomesServedByMap(model, map);
  breadcrumbs(model, { map, step: stepId('analyse') });
  index.getMap(map);
  index.findParty(partyId('pcc'));

  // @ts-expect-error a MapId is not a ProfileId
  accountableFor(model, map, code);
  // @ts-expect-error a plain string is not a ProfileId
  accountabilityGaps(model, 'northshire');
  // @ts-expect-error a plain string is not a GlossaryCode
  accountableFor(model, profile, '1.1.2.8');
  // @ts-expect-error a ProfileId is not a GlossaryCode
  whereUsed(model, profile);
  // @ts-expect-error a plain string is not a GlossaryCode
  glossaryEntry(model, '1.1');
  // @ts-expect-error a plain string is not a GlossaryCode
  glossaryChildren(model, '1');
  // @ts-expect-error a ProfileId is not a MapId
  outcomesServedByMap(model, profile);
  // @ts-expect-error a MapId is not an OutcomeId
  mapsServingOutcome(model, map);
  // @ts-expect-error a MapId is not a ProfileId
  compareProfiles(model, profile, map);
  // @ts-expect-error a plain string is not a MapId
  breadcrumbs(model, { map: 'engage-consult' });
  // @ts-expect-error a MapId is not a StepId
  breadcrumbs(model, { map, step: map });

  // @ts-expect-error a ProfileId is not a MapId
  index.getMap(profile);
  // @ts-expect-error a plain string is not a MapId
  index.findMap('engage-consult');
  // @ts-expect-error a StakeholderId is not a PartyId
  index.getParty(stakeholderId('pcc'));
  // @ts-expect-error an OutcomeId is not a GlossaryCode
  index.getEntry(outcomeId('safer'));
  // @ts-expect-error the step comes second
  index.getStep(stepId('analyse'), map);

  // The questions a tool asks take plain text as well, since a wrong id is simply not found.
  entriesForParty(model, 'northshire', 'pcc', 'accountable');
  entriesForParty(model, profile, partyId('pcc'));
  partiesOfProfile(model, 'northshire');
  stakeholdersOfRelationshipMap(model, 'fly-tipping');
  relationsOfRelationshipMap(model, 'fly-tipping', stakeholderId('pcc'));
  relationshipMapsOfStakeholder(model, 'pcc');
  stepsServingOutcome(model, 'victims-supported');
  codeUsage(model, '1.2.2');
  codeUsage(model, code, { includeDescendants: true });
  handOffs(model, 'pcc', 'chief-constable');
  // @ts-expect-error a role is one of the four RACI roles
  entriesForParty(model, 'northshire', 'pcc', 'owner');
  // @ts-expect-error an id is text, not a number
  codeUsage(model, 1.2);

  // Branded ids read as strings, so they still go wherever text does.
  const text: string = map;
  void text;

  // @ts-expect-error a plain string cannot be assigned to a branded id without a constructor
  const notAMap: MapId = 'engage-consult';
  // @ts-expect-error one brand cannot be assigned to another
  const notAProfile: ProfileId = map;
  // @ts-expect-error a StepId is not a GlossaryCode
  const notACode: GlossaryCode = stepId('analyse');
  // @ts-expect-error a constructor returns only its own brand
  const notAStep: StepId = mapId('analyse');
  void [notAMap, notAProfile, notACode, notAStep];
}

/** True only when two types are the same type. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when given `true`. */
type Holds<T extends true> = T;

/**
 * The public id types (id-types.ts) are the loader's branded types (ids.ts), name by name: a
 * brand spelt differently in one of them fails to compile here.
 */
export type PublicIdTypesAreTheSchemaTypes = [
  Holds<Same<publicIds.GlossaryCode, ids.GlossaryCode>>,
  Holds<Same<publicIds.GlossaryEntryId, ids.GlossaryEntryId>>,
  Holds<Same<publicIds.PartyId, ids.PartyId>>,
  Holds<Same<publicIds.ProfileId, ids.ProfileId>>,
  Holds<Same<publicIds.MapId, ids.MapId>>,
  Holds<Same<publicIds.StepId, ids.StepId>>,
  Holds<Same<publicIds.LaneId, ids.LaneId>>,
  Holds<Same<publicIds.SegmentId, ids.SegmentId>>,
  Holds<Same<publicIds.StakeholderId, ids.StakeholderId>>,
  Holds<Same<publicIds.RelationshipMapId, ids.RelationshipMapId>>,
  Holds<Same<publicIds.RelationKindId, ids.RelationKindId>>,
  Holds<Same<publicIds.OutcomeId, ids.OutcomeId>>,
  Holds<Same<publicIds.FrameworkId, ids.FrameworkId>>,
  Holds<Same<publicIds.ReferenceId, ids.ReferenceId>>,
  Holds<Same<publicIds.CollaborationId, ids.CollaborationId>>,
  Holds<Same<publicIds.BusinessAreaId, ids.BusinessAreaId>>,
  Holds<Same<publicIds.ScenarioId, ScenarioId>>,
  Holds<Same<publicIds.ChangeSetId, ChangeSetId>>,
  // @ts-expect-error different brands are different types
  Holds<Same<publicIds.MapId, ids.StepId>>,
];
