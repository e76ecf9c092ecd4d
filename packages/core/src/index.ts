/**
 * @packageDocumentation
 * The OPCC Guide Operating Model as typed, validated data: the document schemas, the loader
 * and its diagnostics, the assembled {@link Model}, its graph and the queries over it.
 * The examples use `guide`, the reference model that `@opcc/guide` exports.
 */
export { DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from './diagnostics/codes.js';
export {
  diagnostic,
  formatDiagnostic,
  hasErrors,
  sortDiagnostics,
  type Diagnostic,
  type DiagnosticBase,
  type DiagnosticSite,
  type SourcePosition,
} from './diagnostics/diagnostic.js';
export type {
  ChangeFields,
  CheckerStage,
  DiagnosticFields,
  DiagnosticFieldsByCode,
  DuplicateNameFields,
  FieldLocation,
  FoundType,
  FoundValueFields,
  NoFields,
  ProseFields,
  SchemaDetailFields,
  UnknownNameFields,
} from './diagnostics/fields.js';
export { diagnosticMessage } from './diagnostics/messages.js';
export { compareText } from './util/compare.js';

export { LoadCache, loadModel, loadModelFromBytes, loadModelFromFiles, loadModelSync, type LoadOptions, type LoadResult } from './load/load-model.js';
export type { CheckOptions } from './check/check-model.js';
export { localPath, type FileExists } from './check/check-reference-files.js';
export type { DocumentOrigin, SourceFile } from './load/source.js';
export type { SourceBytes } from './load/decode-text.js';
export { NODE_FILE_SYSTEM, type FolderEntry, type ModelFileSystem } from './load/read-model-folder.js';
export { MAX_NESTING } from './load/nesting-depth.js';
export { importGlossaryCsv, type GlossaryImport } from './load/import-glossary-csv.js';
export { neutraliseCell, restoreCell } from './load/csv-cells.js';
export { ModelBuilder } from './build/model-builder.js';

export {
  documentSchemas,
  DOCUMENT_KINDS,
  isDocumentKind,
  type DocumentBody,
  type DocumentBodyInput,
  type DocumentInput,
  type DocumentKind,
  type ModelDocumentOf,
} from './schema/documents.js';
export {
  FlowSchema,
  GlossaryEntrySchema,
  LaneSchema,
  PartySchema,
  ReferenceSchema,
  RelationKindSchema,
  RelationSchema,
  SegmentSchema,
  StakeholderSchema,
  StepSchema,
} from './schema/element-schemas.js';
export { BUILT_IN_RELATION_KINDS } from './schema/relation-kinds.js';
export { STEP_KINDS, type StepKind } from './schema/process-map.js';
export { PARTY_TYPES } from './schema/parties.js';
export { STAKEHOLDER_TYPES, RELATION_LAYOUTS } from './schema/stakeholders.js';
export { REFERENCE_KINDS } from './schema/references.js';
export { LIFECYCLE_PHASES, type LifecyclePhase } from './schema/collaboration.js';
export { SCENARIO_FORMATS, INJECT_MEDIA } from './schema/scenario.js';
export { INJECT_COLUMNS, injectRows, importInjectsCsv, withInjects, type InjectColumn, type InjectsImport } from './scenario/inject-csv.js';
export { scaffoldScenario, type ScaffoldOptions } from './scenario/scaffold.js';
export { defaultSuccessor, moduleSuccessors, plannedEnd } from './check/check-scenario-flow.js';
export { CHANGE_SET_STATUSES, type Change, type ChangeKind, type ChangeOf } from './schema/change-set.js';
export { applyChangeSet, type ApplyOptions, type ChangeSetResult } from './change-set/apply-change-set.js';
export { changeSetProblems } from './change-set/change-set-problems.js';
export type {
  BusinessAreaId,
  CollaborationId,
  FrameworkId,
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
  ScenarioId,
  ChangeSetId,
  SegmentId,
  StakeholderId,
  StepId,
} from './schema/id-types.js';
export {
  businessAreaId,
  collaborationId,
  scenarioId,
  changeSetId,
  frameworkId,
  glossaryCode,
  glossaryEntryId,
  laneId,
  mapId,
  outcomeId,
  partyId,
  profileId,
  referenceId,
  relationKindId,
  relationshipMapId,
  segmentId,
  stakeholderId,
  stepId,
} from './schema/id-constructors.js';

export type {
  Assignment,
  BusinessArea,
  ChangeSet,
  Collaboration,
  Scenario,
  Flow,
  Glossary,
  GlossaryEntry,
  Lane,
  Model,
  OutcomeFramework,
  Party,
  ProcessMap,
  Profile,
  Reference,
  Relation,
  RelationKind,
  RelationshipMap,
  Segment,
  SegmentGroup,
  Stakeholder,
  Step,
  ValueChain,
} from './model/model.js';
export { codeDepth, compareCodes, parentCode } from './model/glossary-code.js';
export { indexModel, type IndexedOutcome, type Lookup, type ModelIndex, type OutcomeLevel } from './model/model-index.js';
export { ACCOUNTABILITY_ROLES, SEGMENT_GROUP_NAMES, SEGMENT_GROUPS, STEP_KIND_NAMES, type AccountabilityRole } from './model/vocabulary.js';

export { InvalidIdError, NotFoundError, OpccError, type ElementKind, type ElementKinds } from './errors.js';
export { glossaryAncestors, glossaryChildren, glossaryDescendants, glossaryEntry, glossaryParent } from './query/glossary-tree.js';
export { breadcrumbs, parentOf, type Crumb } from './query/breadcrumbs.js';
export { whereUsed, type Usage } from './query/where-used.js';
export { flowOrder } from './query/flow-order.js';
export { relationLabel } from './query/relation-label.js';
export { mapsServingOutcome, outcomesServedByMap, rollUp, type ServedOutcomes } from './query/outcomes.js';
export {
  accountabilityGaps,
  accountabilityOverlaps,
  accountabilityRoles,
  accountableFor,
  compareProfiles,
  type Accountability,
  type ProfileDifference,
  type RoleAssignment,
} from './query/accountability.js';
export { entriesForParty, type PartyEntry } from './query/party-entries.js';
export { partiesOfProfile, type PartiesByRole } from './query/profile-parties.js';
export { relationshipMapsOfStakeholder, relationsOfRelationshipMap, stakeholdersOfRelationshipMap } from './query/relationship-maps.js';
export { stepsServingOutcome, type ServingStep } from './query/outcome-steps.js';
export { codeUsage, type CodeUsage } from './query/code-usage.js';
export { mapScenarios, type MapScenarioUse, type MapUseKind } from './query/map-scenarios.js';
export { handOffs, type HandOff } from './query/hand-offs.js';
export { impact, type ImpactOptions } from './impact/impact.js';
export { modelDiagnostics } from './impact/risks.js';
export type {
  AddedRemoved,
  BoundaryConflict,
  BusinessAreaChange,
  CollaborationChange,
  CostShareMention,
  EntryChange,
  FieldChange,
  FlowMention,
  GlossaryChanges,
  ImpactReport,
  ImpactRisk,
  ImpactSummary,
  MapChange,
  OutcomeChange,
  PartyChanges,
  PartyMention,
  ProfileDelta,
  RelationMention,
  RoleChange,
  ScenarioBreak,
  StakeholderChanges,
  StepMention,
  StepMove,
} from './impact/impact-report.js';
export { IMPACT_SUMMARY_LABELS, impactSections, type ImpactLine, type ImpactQuote, type ImpactSection } from './impact/impact-sections.js';
export { formatImpact, IMPACT_FORMATS, type ImpactFormat } from './impact/format-impact.js';
export { diffModels, type ModelDiff } from './diff/diff-models.js';
export { profileHandOffs, type PartyPairHandOffs } from './query/profile-hand-offs.js';

export { toGraph } from './graph/to-graph.js';
export { nodeKey } from './graph/node-keys.js';
export type { EdgeAttributes, EdgeKind, ModelGraph, NodeAttributes, NodeKind, NodeKinds } from './graph/graph-types.js';

export { toDocuments } from './serialize/to-documents.js';
export { summaryLines } from './kinds/summary.js';
export { toJson, toYaml } from './serialize/to-text.js';
export { jsonSchemaFor, modelJsonSchema } from './schema/json-schema.js';
