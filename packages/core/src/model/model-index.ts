import { compareCodes, parentCode } from './glossary-code.js';
import { modelGraph } from '../graph/model-graph.js';
import { NotFoundError, type ElementKind } from '../errors.js';
import { RelationKindId } from '../schema/ids.js';
import type {
  CollaborationId,
  FrameworkId,
  GlossaryCode,
  MapId,
  OutcomeId,
  PartyId,
  ProfileId,
  ReferenceId,
  RelationshipMapId,
  StakeholderId,
  StepId,
} from '../schema/ids.js';
import { BUILT_IN_RELATION_KINDS } from '../schema/relation-kinds.js';
import type {
  Collaboration,
  GlossaryEntry,
  Model,
  OutcomeFramework,
  Party,
  ProcessMap,
  Profile,
  Reference,
  RelationshipMap,
  Segment,
  SegmentGroup,
  Stakeholder,
  Step,
} from './model.js';

/** Which level of an outcome framework an element belongs to. */
export type OutcomeLevel = 'vision' | 'outcome' | 'objective' | 'area-priority' | 'measure';

/** An element of an outcome framework with its level and framework. */
export interface IndexedOutcome {
  readonly id: OutcomeId;
  readonly title: string;
  readonly level: OutcomeLevel;
  readonly framework: OutcomeFramework;
  /** The elements this one serves: objectives serve outcomes, area priorities serve objectives, outcomes serve the vision. */
  readonly serves: readonly OutcomeId[];
}

/** The look-up pair the index offers for each kind of element: `get` throws, `find` does not. */
export interface Lookup<Id extends string, Element> {
  /** The element with an id; throws {@link NotFoundError} when the model has none. */
  readonly get: (id: Id) => Element;
  /** The element with an id, or undefined when the model has none. */
  readonly find: (id: Id) => Element | undefined;
}

/**
 * Look-up tables over a model, built once per model and cached. Each kind of element has a
 * `get…` that throws {@link NotFoundError} for an unknown id and a `find…` that returns undefined.
 */
export interface ModelIndex {
  readonly entries: ReadonlyMap<GlossaryCode, GlossaryEntry>;
  readonly children: ReadonlyMap<GlossaryCode, readonly GlossaryEntry[]>;
  readonly roots: readonly GlossaryEntry[];
  readonly parties: ReadonlyMap<PartyId, Party>;
  readonly profiles: ReadonlyMap<ProfileId, Profile>;
  readonly maps: ReadonlyMap<MapId, ProcessMap>;
  readonly steps: ReadonlyMap<MapId, ReadonlyMap<StepId, Step>>;
  /** The maps whose sub-process steps drill into a map, keyed by the map drilled into (read from the model graph). */
  readonly drilledFrom: ReadonlyMap<MapId, ReadonlyArray<{ map: MapId; step: Step }>>;
  /** The value-chain segments that open a map (read from the model graph). */
  readonly segmentsByMap: ReadonlyMap<MapId, ReadonlyArray<{ group: SegmentGroup; segment: Segment }>>;
  readonly stakeholders: ReadonlyMap<StakeholderId, Stakeholder>;
  readonly relationshipMaps: ReadonlyMap<RelationshipMapId, RelationshipMap>;
  /** Every relation kind by id: the built-in kinds and the model's own. */
  readonly relationKinds: ReadonlyMap<RelationKindId, { readonly id: RelationKindId; readonly title: string }>;
  readonly outcomes: ReadonlyMap<OutcomeId, IndexedOutcome>;
  readonly frameworks: ReadonlyMap<FrameworkId, OutcomeFramework>;
  readonly references: ReadonlyMap<ReferenceId, Reference>;
  readonly collaborations: ReadonlyMap<CollaborationId, Collaboration>;

  /** The glossary entry with a code; throws {@link NotFoundError} when there is none. */
  getEntry(code: GlossaryCode): GlossaryEntry;
  /** The glossary entry with a code, or undefined. */
  findEntry(code: GlossaryCode): GlossaryEntry | undefined;
  /** The party with an id; throws {@link NotFoundError} when there is none. */
  getParty(id: PartyId): Party;
  /** The party with an id, or undefined. */
  findParty(id: PartyId): Party | undefined;
  /** The accountability profile with an id; throws {@link NotFoundError} when there is none. */
  getProfile(id: ProfileId): Profile;
  /** The accountability profile with an id, or undefined. */
  findProfile(id: ProfileId): Profile | undefined;
  /** The process map with an id; throws {@link NotFoundError} when there is none. */
  getMap(id: MapId): ProcessMap;
  /** The process map with an id, or undefined. */
  findMap(id: MapId): ProcessMap | undefined;
  /** A step of a process map; throws {@link NotFoundError} when the map, or the step on it, does not exist. */
  getStep(map: MapId, step: StepId): Step;
  /** A step of a process map, or undefined when the map or the step does not exist. */
  findStep(map: MapId, step: StepId): Step | undefined;
  /** The stakeholder with an id; throws {@link NotFoundError} when there is none. */
  getStakeholder(id: StakeholderId): Stakeholder;
  /** The stakeholder with an id, or undefined. */
  findStakeholder(id: StakeholderId): Stakeholder | undefined;
  /** The relationship map with an id; throws {@link NotFoundError} when there is none. */
  getRelationshipMap(id: RelationshipMapId): RelationshipMap;
  /** The relationship map with an id, or undefined. */
  findRelationshipMap(id: RelationshipMapId): RelationshipMap | undefined;
  /** The relation kind (built-in or the model's own) with an id; throws {@link NotFoundError} when there is none. */
  getRelationKind(id: RelationKindId): { readonly id: RelationKindId; readonly title: string };
  /** The relation kind (built-in or the model's own) with an id, or undefined. */
  findRelationKind(id: RelationKindId): { readonly id: RelationKindId; readonly title: string } | undefined;
  /** The outcome framework element with an id; throws {@link NotFoundError} when there is none. */
  getOutcome(id: OutcomeId): IndexedOutcome;
  /** The outcome framework element with an id, or undefined. */
  findOutcome(id: OutcomeId): IndexedOutcome | undefined;
  /** The outcome framework with an id; throws {@link NotFoundError} when there is none. */
  getFramework(id: FrameworkId): OutcomeFramework;
  /** The outcome framework with an id, or undefined. */
  findFramework(id: FrameworkId): OutcomeFramework | undefined;
  /** The reference with an id; throws {@link NotFoundError} when there is none. */
  getReference(id: ReferenceId): Reference;
  /** The reference with an id, or undefined. */
  findReference(id: ReferenceId): Reference | undefined;
  /** The collaboration with an id; throws {@link NotFoundError} when there is none. */
  getCollaboration(id: CollaborationId): Collaboration;
  /** The collaboration with an id, or undefined. */
  findCollaboration(id: CollaborationId): Collaboration | undefined;
}

const cache = new WeakMap<Model, ModelIndex>();

/**
 * The look-up tables of a model. Models are immutable, so the index is built once and kept.
 * @example
 * ```ts
 * const index = indexModel(guide);
 * index.getMap(mapId('budget-and-precept')).title; // 'Budget and precept'
 * index.findParty(partyId('nobody')); // undefined
 * ```
 */
export function indexModel(model: Model): ModelIndex {
  const cached = cache.get(model);
  if (cached !== undefined) return cached;
  const index = buildIndex(model);
  cache.set(model, index);
  return index;
}

/** A `get`/`find` pair over a table; `get` names the kind in its error. */
function lookup<Id extends string, Element>(kind: ElementKind, table: ReadonlyMap<Id, Element>, within?: string): Lookup<Id, Element> {
  const find = (id: Id) => table.get(id);
  const get = (id: Id) => {
    const found = table.get(id);
    if (found === undefined) throw new NotFoundError(kind, id, within);
    return found;
  };
  return { get, find };
}

function buildIndex(model: Model): ModelIndex {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id as T['id'], item]));
  const entries = new Map(model.glossary.entries.map((e) => [e.code, e]));
  const children = new Map<GlossaryCode, GlossaryEntry[]>();
  const roots: GlossaryEntry[] = [];
  for (const entry of model.glossary.entries) {
    const parent = parentCode(entry.code);
    if (parent === undefined || !entries.has(parent)) roots.push(entry);
    else children.set(parent, [...(children.get(parent) ?? []), entry]);
  }
  for (const list of children.values()) list.sort((a, b) => compareCodes(a.code, b.code));

  const tables = {
    entries,
    children,
    roots,
    parties: byId(model.parties),
    profiles: byId(model.profiles),
    maps: byId(model.maps),
    steps: new Map(model.maps.map((m) => [m.id, byId(m.steps)])),
    stakeholders: byId(model.stakeholders),
    relationshipMaps: byId(model.relationshipMaps),
    relationKinds: byId([...BUILT_IN_RELATION_KINDS.map((kind) => ({ ...kind, id: RelationKindId.parse(kind.id) })), ...model.relationKinds]),
    outcomes: indexOutcomes(model),
    frameworks: byId(model.outcomeFrameworks),
    references: byId(model.references),
    collaborations: byId(model.collaborations),
  };
  const entry = lookup('glossary code', tables.entries);
  const party = lookup('party', tables.parties);
  const profile = lookup('accountability profile', tables.profiles);
  const map = lookup('process map', tables.maps);
  const stakeholder = lookup('stakeholder', tables.stakeholders);
  const relationshipMap = lookup('relationship map', tables.relationshipMaps);
  const relationKind = lookup('relation kind', tables.relationKinds);
  const outcome = lookup('outcome', tables.outcomes);
  const framework = lookup('outcome framework', tables.frameworks);
  const reference = lookup('reference', tables.references);
  const collaboration = lookup('collaboration', tables.collaborations);
  const drills = once(() => drillsInto(model, tables.steps));
  return {
    ...tables,
    get drilledFrom() {
      return drills().drilledFrom;
    },
    get segmentsByMap() {
      return drills().segmentsByMap;
    },
    getEntry: entry.get,
    findEntry: entry.find,
    getParty: party.get,
    findParty: party.find,
    getProfile: profile.get,
    findProfile: profile.find,
    getMap: map.get,
    findMap: map.find,
    getStep: (mapId, stepId) => lookup('step', tables.steps.get(map.get(mapId).id) ?? new Map<StepId, Step>(), `process map "${mapId}"`).get(stepId),
    findStep: (mapId, stepId) => tables.steps.get(mapId)?.get(stepId),
    getStakeholder: stakeholder.get,
    findStakeholder: stakeholder.find,
    getRelationshipMap: relationshipMap.get,
    findRelationshipMap: relationshipMap.find,
    getRelationKind: relationKind.get,
    findRelationKind: relationKind.find,
    getOutcome: outcome.get,
    findOutcome: outcome.find,
    getFramework: framework.get,
    findFramework: framework.find,
    getReference: reference.get,
    findReference: reference.find,
    getCollaboration: collaboration.get,
    findCollaboration: collaboration.find,
  };
}

/** Runs a computation the first time it is asked for, and keeps its answer. */
function once<T>(compute: () => T): () => T {
  let done: { value: T } | undefined;
  return () => (done ??= { value: compute() }).value;
}

/**
 * What drills into each map, read from the `drills-into` edges of the model graph: the maps
 * whose sub-process steps drill into it, and the value-chain segments that open it.
 */
function drillsInto(model: Model, steps: ReadonlyMap<MapId, ReadonlyMap<StepId, Step>>): Pick<ModelIndex, 'drilledFrom' | 'segmentsByMap'> {
  const { graph } = modelGraph(model);
  const drilledFrom = new Map<MapId, Array<{ map: MapId; step: Step }>>();
  const segmentsByMap = new Map<MapId, Array<{ group: SegmentGroup; segment: Segment }>>();
  graph.forEachEdge((_edge, attributes, _source, _target, from, to) => {
    if (attributes.kind !== 'drills-into' || to.kind !== 'map') return;
    const step = from.kind === 'step' ? steps.get(from.map)?.get(from.id) : undefined;
    if (from.kind === 'step' && step !== undefined) drilledFrom.set(to.id, [...(drilledFrom.get(to.id) ?? []), { map: from.map, step }]);
    const segment = from.kind === 'segment' ? model.valueChain?.[from.group].find((s) => s.id === from.id) : undefined;
    if (from.kind === 'segment' && segment !== undefined) segmentsByMap.set(to.id, [...(segmentsByMap.get(to.id) ?? []), { group: from.group, segment }]);
  });
  return { drilledFrom, segmentsByMap };
}

function indexOutcomes(model: Model): Map<OutcomeId, IndexedOutcome> {
  const outcomes = new Map<OutcomeId, IndexedOutcome>();
  const add = (
    framework: OutcomeFramework,
    level: OutcomeLevel,
    element: { id: OutcomeId; title: string; measures: ReadonlyArray<{ id: OutcomeId; title: string }> },
    serves: readonly OutcomeId[],
  ) => {
    outcomes.set(element.id, { id: element.id, title: element.title, level, framework, serves });
    for (const measure of element.measures)
      outcomes.set(measure.id, { id: measure.id, title: measure.title, level: 'measure', framework, serves: [element.id] });
  };
  for (const framework of model.outcomeFrameworks) {
    add(framework, 'vision', framework.vision, []);
    for (const outcome of framework.outcomes) add(framework, 'outcome', outcome, [framework.vision.id]);
    for (const objective of framework.objectives) add(framework, 'objective', objective, objective.outcomes);
    for (const priority of framework.areaPriorities) add(framework, 'area-priority', priority, priority.objectives);
  }
  return outcomes;
}
