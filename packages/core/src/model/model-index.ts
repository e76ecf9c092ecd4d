import { compareCodes, parentCode } from './glossary-code.js';
import { SEGMENT_GROUPS } from './vocabulary.js';
import type { GlossaryCode, MapId, OutcomeId } from '../schema/ids.js';
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

/** Look-up tables over a model, built once per model and cached. */
export interface ModelIndex {
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
  readonly children: ReadonlyMap<string, readonly GlossaryEntry[]>;
  readonly roots: readonly GlossaryEntry[];
  readonly parties: ReadonlyMap<string, Party>;
  readonly profiles: ReadonlyMap<string, Profile>;
  readonly maps: ReadonlyMap<string, ProcessMap>;
  readonly steps: ReadonlyMap<string, ReadonlyMap<string, Step>>;
  /** The maps whose sub-process steps drill into a map, keyed by the map drilled into. */
  readonly drilledFrom: ReadonlyMap<string, ReadonlyArray<{ map: MapId; step: Step }>>;
  /** The value-chain segments that open a map. */
  readonly segmentsByMap: ReadonlyMap<string, ReadonlyArray<{ group: SegmentGroup; segment: Segment }>>;
  readonly stakeholders: ReadonlyMap<string, Stakeholder>;
  readonly relationshipMaps: ReadonlyMap<string, RelationshipMap>;
  /** Every relation kind by id: the built-in kinds and the model's own. */
  readonly relationKinds: ReadonlyMap<string, { readonly id: string; readonly title: string }>;
  readonly outcomes: ReadonlyMap<string, IndexedOutcome>;
  readonly references: ReadonlyMap<string, Reference>;
  readonly collaborations: ReadonlyMap<string, Collaboration>;
}

const cache = new WeakMap<Model, ModelIndex>();

/** The look-up tables of a model. Models are immutable, so the index is built once and kept. */
export function indexModel(model: Model): ModelIndex {
  const cached = cache.get(model);
  if (cached !== undefined) return cached;
  const index = buildIndex(model);
  cache.set(model, index);
  return index;
}

function buildIndex(model: Model): ModelIndex {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id as string, item]));
  const entries = new Map(model.glossary.entries.map((e) => [e.code as string, e]));
  const children = new Map<string, GlossaryEntry[]>();
  const roots: GlossaryEntry[] = [];
  for (const entry of model.glossary.entries) {
    const parent = parentCode(entry.code as GlossaryCode);
    if (parent === undefined || !entries.has(parent)) roots.push(entry);
    else children.set(parent, [...(children.get(parent) ?? []), entry]);
  }
  for (const list of children.values()) list.sort((a, b) => compareCodes(a.code, b.code));

  const drilledFrom = new Map<string, Array<{ map: MapId; step: Step }>>();
  for (const map of model.maps) {
    for (const step of map.steps) {
      if (step.kind === 'sub-process') drilledFrom.set(step.map, [...(drilledFrom.get(step.map) ?? []), { map: map.id, step }]);
    }
  }
  const segmentsByMap = new Map<string, Array<{ group: SegmentGroup; segment: Segment }>>();
  for (const group of SEGMENT_GROUPS) {
    for (const segment of model.valueChain?.[group] ?? []) {
      if (segment.map !== undefined) segmentsByMap.set(segment.map, [...(segmentsByMap.get(segment.map) ?? []), { group, segment }]);
    }
  }
  return {
    entries,
    children,
    roots,
    parties: byId(model.parties),
    profiles: byId(model.profiles),
    maps: byId(model.maps),
    steps: new Map(model.maps.map((m) => [m.id as string, byId(m.steps)])),
    drilledFrom,
    segmentsByMap,
    stakeholders: byId(model.stakeholders),
    relationshipMaps: byId(model.relationshipMaps),
    relationKinds: byId([...BUILT_IN_RELATION_KINDS, ...model.relationKinds]),
    outcomes: indexOutcomes(model),
    references: byId(model.references),
    collaborations: byId(model.collaborations),
  };
}

function indexOutcomes(model: Model): Map<string, IndexedOutcome> {
  const outcomes = new Map<string, IndexedOutcome>();
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
