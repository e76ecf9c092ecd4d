import { z } from 'zod';
import { ACCOUNTABILITY_ROLES } from '../model/vocabulary.js';
import { BusinessArea, CollaborationDocument, CostShare, LIFECYCLE_PHASES } from './collaboration.js';
import { GlossaryEntry } from './glossary.js';
import {
  BusinessAreaId,
  CollaborationId,
  GlossaryCode,
  GlossaryEntryId,
  LaneId,
  MapId,
  OutcomeId,
  PartyId,
  ProfileId,
  ReferenceId,
  RelationKindId,
  RelationshipMapId,
  StakeholderId,
  StepId,
} from './ids.js';
import { PARTY_TYPES, Party } from './parties.js';
import { Flow, Lane, ProcessMapDocument, STEP_KINDS, Step } from './process-map.js';
import { ProfileDocument } from './profile.js';
import { Id, Markdown, Num, Title } from './primitives.js';
import { Aliases, Stakeholder, STAKEHOLDER_TYPES, Relation, RelationshipMapDocument } from './stakeholders.js';

export const ChangeSetId = Id.brand<'ChangeSetId'>();
/** The id of a change set. */
export type ChangeSetId = z.output<typeof ChangeSetId>;

/** Where a change set stands: written and waiting, agreed, or turned down. */
export const CHANGE_SET_STATUSES = ['proposed', 'agreed', 'rejected'] as const;

/** One party or a list of parties, read as a list. */
const Parties = z.union([PartyId, z.array(PartyId)]).transform((value) => (Array.isArray(value) ? value : [value]));

/** A field a change can clear: `null` removes it. */
const clearable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** The fields of one kind of change, titled so that an editor offering the kinds tells them apart. */
function changeOf<K extends string, S extends z.ZodRawShape>(change: K, description: string, fields: S) {
  return z
    .strictObject({
      change: z.literal(change).meta({ description: `What the change does: ${description}` }),
      note: Markdown.optional().meta({ description: 'Why this change is part of the option.' }),
      ...fields,
    })
    .meta({ title: change, description });
}

/** Fields each described by what is said of its name. */
function described<S extends z.ZodRawShape>(fields: S, say: (field: string) => string): S {
  return Object.fromEntries(Object.entries(fields).map(([field, schema]) => [field, (schema as z.ZodType).meta({ description: say(field) })])) as unknown as S;
}

/** `was`: the values of some fields the change expects to find, so a model that has moved on is a conflict. */
function expected<S extends z.ZodRawShape>(fields: S) {
  return z
    .strictObject(described(fields, (field) => `The ${field} the change expects to find; null: none.`))
    .partial()
    .optional()
    .meta({ description: 'The values the change expects to find; a difference is reported as a conflict.' });
}

/** A field update: `set` gives the new values, `was` (optional) the values the change expects to find. */
function update<S extends z.ZodRawShape>(fields: S) {
  const set = z.strictObject(described(fields, (field) => `The new ${field}; null removes it.`)).partial();
  return { set: set.meta({ description: 'The new values; null removes a field.' }), was: expected(fields) };
}

const RoleParties = {
  accountable: Parties.optional().meta({ description: 'The party (or parties) accountable.' }),
  responsible: Parties.optional().meta({ description: 'The party or parties that do the work.' }),
  consulted: Parties.optional().meta({ description: 'The party or parties asked before a decision.' }),
  informed: Parties.optional().meta({ description: 'The party or parties told of the outcome.' }),
};

const StepFields = {
  title: Title,
  kind: z.enum(STEP_KINDS),
  guidance: clearable(Markdown),
  code: clearable(GlossaryCode),
  map: clearable(MapId),
  references: z.array(ReferenceId),
  outcomes: z.array(OutcomeId),
};

const ProcessMapBody = ProcessMapDocument.omit({ kind: true, $schema: true }).meta({ id: 'ChangeSetProcessMap', description: 'A whole process map.' });
const ProfileBody = ProfileDocument.omit({ kind: true, $schema: true }).meta({ id: 'ChangeSetProfile', description: 'A whole accountability profile.' });
const RelationshipMapBody = RelationshipMapDocument.omit({ kind: true, $schema: true }).meta({
  id: 'ChangeSetRelationshipMap',
  description: 'A whole relationship map.',
});

const accountability = [
  changeOf('set-accountability', 'sets who is accountable, responsible, consulted or informed for a glossary entry in a profile; roles left out stay.', {
    profile: ProfileId,
    code: GlossaryCode,
    ...RoleParties,
    note: clearable(Markdown).meta({ description: "The assignment's note: why it is drawn so (null removes it)." }),
    was: z
      .strictObject(RoleParties)
      .optional()
      .meta({ description: 'The parties the change expects to find in the roles it sets; a difference is a conflict.' }),
  }),
  changeOf('clear-accountability', 'clears roles of a glossary entry in a profile (all of them, and the assignment, when roles is left out).', {
    profile: ProfileId,
    code: GlossaryCode,
    roles: z.array(z.literal(ACCOUNTABILITY_ROLES)).optional().meta({ description: 'The roles to clear; all of them, and the assignment, when left out.' }),
    was: z
      .strictObject(RoleParties)
      .optional()
      .meta({ description: 'The parties the change expects to find in the roles (any of them, cleared or not); a difference is a conflict.' }),
  }),
  changeOf('add-profile', 'adds an accountability profile.', { profile: ProfileBody }),
  changeOf('remove-profile', 'removes an accountability profile.', { profile: ProfileId }),
  changeOf('update-profile', 'changes the title, area or description of a profile.', {
    profile: ProfileId,
    ...update({ title: Title, area: clearable(z.string().trim().min(1)), description: clearable(Markdown) }),
  }),
] as const;

const CollaborationBody = CollaborationDocument.omit({ kind: true, $schema: true }).meta({
  id: 'ChangeSetCollaboration',
  description: 'A whole collaboration.',
});
const collaborationShape = CollaborationDocument.shape;

const collaboration = [
  changeOf('add-collaboration', 'adds a collaboration.', { collaboration: CollaborationBody }),
  changeOf('remove-collaboration', 'removes a collaboration.', { collaboration: CollaborationId }),
  changeOf('update-collaboration', 'changes the fields of a collaboration other than its business areas and cost split.', {
    collaboration: CollaborationId,
    ...update({
      title: Title,
      type: collaborationShape.type,
      description: clearable(Markdown),
      illustrative: clearable(z.boolean()),
      agreement: clearable(z.string()),
      partners: z.array(PartyId),
      units: z.array(PartyId),
      governance: clearable(RelationshipMapId),
      principles: z.array(z.string()),
      priorities: clearable(collaborationShape.priorities.unwrap()),
      escalation: clearable(collaborationShape.escalation.unwrap()),
    }),
  }),
  changeOf('add-business-area', 'brings a business area into a collaboration.', { collaboration: CollaborationId, area: BusinessArea }),
  changeOf('remove-business-area', 'takes a business area out of a collaboration.', { collaboration: CollaborationId, area: BusinessAreaId }),
  changeOf('move-business-area', 'moves a business area to another phase.', {
    collaboration: CollaborationId,
    area: BusinessAreaId,
    from: z.enum(LIFECYCLE_PHASES).optional().meta({ description: 'The phase the change expects the area to be in.' }),
    phase: z.enum(LIFECYCLE_PHASES),
  }),
  changeOf('update-business-area', 'changes the fields of a business area other than its phase.', {
    collaboration: CollaborationId,
    area: BusinessAreaId,
    ...update({
      title: Title,
      description: clearable(Markdown),
      codes: z.array(GlossaryCode),
      lead: clearable(PartyId),
      start: clearable(BusinessArea.shape.start.unwrap()),
      due: clearable(BusinessArea.shape.due.unwrap()),
      savings: clearable(BusinessArea.shape.savings.unwrap()),
    }),
  }),
  changeOf('set-cost-split', 'replaces the cost split of a collaboration.', {
    collaboration: CollaborationId,
    split: z.array(CostShare).meta({ description: 'The new cost split: each partner and its share in per cent.' }),
    was: z.array(CostShare).optional().meta({ description: 'The cost split the change expects to find.' }),
  }),
] as const;

const processMaps = [
  changeOf('add-map', 'adds a process map.', { map: ProcessMapBody }),
  changeOf('remove-map', 'removes a process map.', { map: MapId, was: expected({ title: Title }) }),
  changeOf('update-map', 'changes the title, parent, guidance, references or outcomes of a map.', {
    map: MapId,
    ...update({ title: Title, parent: clearable(MapId), guidance: clearable(Markdown), references: z.array(ReferenceId), outcomes: z.array(OutcomeId) }),
  }),
  changeOf('add-step', 'adds a step; between `after` and `before`, the flow after → before becomes after → new step → before.', {
    map: MapId,
    step: Step,
    after: StepId.optional().meta({ description: 'The step the new one follows; it is listed after it.' }),
    before: StepId.optional().meta({ description: 'The step the new one leads to.' }),
  }),
  changeOf('remove-step', 'removes a step; each step that led to it is joined to each step it led to.', {
    map: MapId,
    step: StepId,
    was: expected({ title: Title, kind: StepFields.kind, code: StepFields.code, lane: clearable(LaneId) }),
  }),
  changeOf('move-step', 'moves a step to another lane.', {
    map: MapId,
    step: StepId,
    from: clearable(LaneId).meta({ description: 'The lane the change expects the step to be in (null: none).' }),
    lane: LaneId.nullable().meta({ description: 'The lane to move it to (null: out of every lane).' }),
  }),
  changeOf('update-step', 'changes the title, kind, guidance, code, drill-down map, references or outcomes of a step.', {
    map: MapId,
    step: StepId,
    ...update(StepFields),
  }),
  changeOf('add-lane', 'adds a lane to a map, at the bottom or above `before`.', { map: MapId, lane: Lane, before: LaneId.optional() }),
  changeOf('remove-lane', 'removes a lane that no step is in.', { map: MapId, lane: LaneId }),
  changeOf('move-lane', 'moves a lane of a map, with its steps, to the bottom or above `before`.', {
    map: MapId,
    lane: LaneId,
    before: LaneId.optional().meta({ description: 'The lane it is to be above; left out, it goes to the bottom.' }),
  }),
  changeOf('set-lane-party', "changes a lane's party.", {
    map: MapId,
    lane: LaneId,
    party: PartyId.nullable().meta({ description: 'The party whose people work in the lane (null: none).' }),
    from: clearable(PartyId).meta({ description: 'The party the change expects the lane to have (null: none).' }),
  }),
  changeOf('update-lane', "changes a lane's title.", { map: MapId, lane: LaneId, ...update({ title: Title }) }),
  changeOf('add-flow', 'adds a flow between two steps.', { map: MapId, flow: Flow }),
  changeOf('remove-flow', 'removes the flow between two steps.', { map: MapId, from: StepId, to: StepId }),
] as const;

const stakeholders = [
  changeOf('add-stakeholder', 'adds a stakeholder to the register.', { stakeholder: Stakeholder }),
  changeOf('remove-stakeholder', 'removes a stakeholder from the register.', { stakeholder: StakeholderId }),
  changeOf('update-stakeholder', 'changes the fields of a stakeholder.', {
    stakeholder: StakeholderId,
    ...update({
      title: Title,
      type: z.enum(STAKEHOLDER_TYPES),
      description: clearable(Markdown),
      influence: clearable(Num.pipe(z.number().int().min(1).max(5))),
      interest: clearable(Num.pipe(z.number().int().min(1).max(5))),
      party: clearable(PartyId),
      aliases: clearable(z.array(z.string().trim().min(1))),
    }),
  }),
  changeOf('add-relationship-map', 'adds a relationship map.', { relationshipMap: RelationshipMapBody }),
  changeOf('remove-relationship-map', 'removes a relationship map.', { relationshipMap: RelationshipMapId }),
  changeOf('add-relation', 'adds a relation to a relationship map.', { relationshipMap: RelationshipMapId, relation: Relation }),
  changeOf('remove-relation', 'removes a relation from a relationship map.', {
    relationshipMap: RelationshipMapId,
    from: StakeholderId,
    to: StakeholderId,
    kind: RelationKindId,
    was: expected({ label: clearable(z.string()) }),
  }),
  changeOf('add-party', 'adds a party.', { party: Party }),
  changeOf('remove-party', 'removes a party.', { party: PartyId, was: expected({ title: Title, type: z.enum(PARTY_TYPES) }) }),
  changeOf('update-party', 'changes the fields of a party.', {
    party: PartyId,
    ...update({
      title: Title,
      type: z.enum(PARTY_TYPES),
      area: clearable(z.string().trim().min(1)),
      description: clearable(Markdown),
      stakeholder: clearable(StakeholderId),
      aliases: clearable(Aliases),
    }),
  }),
] as const;

const outcomeTarget = {
  outcome: OutcomeId,
  map: MapId,
  step: StepId.optional().meta({ description: 'A step of the map; the map itself when left out.' }),
};

const outcomes = [
  changeOf('link-outcome', 'makes a map or a step serve an outcome.', outcomeTarget),
  changeOf('unlink-outcome', 'stops a map or a step serving an outcome.', outcomeTarget),
] as const;

const glossary = [
  changeOf('add-entry', 'adds a glossary entry.', { entry: GlossaryEntry }),
  changeOf('retire-entry', 'removes a glossary entry that nothing uses any more.', {
    code: GlossaryCode,
    title: Title.optional().meta({ description: 'The title the change expects the entry to have.' }),
  }),
  changeOf('renumber-entry', 'gives an entry, and the entries beneath it, a new code; its id stays, and every use of the code follows.', {
    entry: GlossaryEntryId.optional().meta({ description: 'The id the change expects the entry to have.' }),
    from: GlossaryCode,
    to: GlossaryCode,
  }),
  changeOf('update-entry', 'changes the title, description, level or outcomes of a glossary entry.', {
    code: GlossaryCode,
    ...update({ title: Title, description: clearable(Markdown), level: clearable(z.string().trim().min(1)), outcomes: z.array(OutcomeId) }),
  }),
] as const;

// Named apart from the type `Change`: a schema and a type of one name would make the bundled declarations
// announce a value `Change` that the JavaScript does not export.
export const ChangeSchema = z
  .discriminatedUnion('change', [...accountability, ...collaboration, ...processMaps, ...stakeholders, ...outcomes, ...glossary])
  .meta({ id: 'Change', description: 'One change to the model; `change` says which.' });

export const ChangeSetDocument = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('change-set'),
    id: ChangeSetId,
    title: Title,
    rationale: Markdown.meta({ description: 'Why this option is worth considering: the case for it, in Markdown.' }),
    status: z.enum(CHANGE_SET_STATUSES).meta({ description: 'proposed, agreed or rejected.' }),
    basedOn: z.string().trim().min(1).optional().meta({ description: 'The version of the model the change set was written against.' }),
    changes: z.array(ChangeSchema).min(1).meta({ description: 'The changes, applied in order.' }),
  })
  .meta({
    id: 'ChangeSetDocument',
    title: 'Change set',
    description: 'An option for change: an ordered list of changes to the model, checked against it and applied without touching the files.',
  });

/** One change of a change set, as validated. */
export type Change = z.output<typeof ChangeSchema>;
/** The name of a kind of change, such as `move-step`. */
export type ChangeKind = Change['change'];
/** A change of one kind. */
export type ChangeOf<K extends ChangeKind> = Extract<Change, { change: K }>;
