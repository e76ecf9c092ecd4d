import fc from 'fast-check';
import { ModelBuilder } from '../build/model-builder.js';
import type { Model } from '../model/model.js';
import type { DocumentInput } from '../schema/documents.js';

/*
 * Pairs of small valid models for testing diff: ids are drawn from one small pool, so the two
 * models of a pair share most of their elements and differ in the ways a change set can say
 * (elements added, removed, reordered, moved and changed). What a change set cannot say (the
 * value chain, scenarios, a party's title) is the same in both.
 */

const PARTIES = ['pcc', 'cc', 'unit', 'other'] as const;
const USED_CODES = ['1', '1.1', '1.2', '2'] as const;
const STEPS = ['s1', 's2', 's3', 's4', 's5', 's6'] as const;
const LANES = ['l1', 'l2', 'l3'] as const;
const STAKEHOLDERS = ['panel', 'board', 'iopc', 'public'] as const;

const word: fc.Arbitrary<string> = fc.constantFrom('Plan', 'Review', 'Deploy', 'Agree', 'Scrutinise', 'Report');
const subset = <T>(items: readonly T[], min = 0) => fc.shuffledSubarray([...items], { minLength: min });
const party = fc.constantFrom('pcc', 'cc', 'unit');
const parties = fc.uniqueArray(party, { maxLength: 2 });

const entries = fc.record({
  extra: fc.boolean(),
  optional: fc.boolean(),
  renumbered: fc.boolean(),
  titles: fc.array(word, { minLength: 7, maxLength: 7 }),
});

const assignment = (code: string) =>
  fc.record({ code: fc.constant(code), accountable: parties, responsible: parties, note: fc.option(word, { nil: undefined }) });

const profile = (id: string) =>
  fc.record({
    id: fc.constant(id),
    title: word,
    area: fc.option(word, { nil: undefined }),
    assignments: subset(USED_CODES).chain((codes) => fc.tuple(...codes.map(assignment))),
  });

const step = (id: string, lanes: readonly string[]) =>
  fc.oneof(
    fc.record({
      id: fc.constant(id),
      kind: fc.constant('activity' as const),
      title: word,
      code: fc.option(fc.constantFrom(...USED_CODES), { nil: undefined }),
      lane: fc.option(fc.constantFrom(...lanes), { nil: undefined }),
      outcomes: subset(['safer', 'trusted']),
    }),
    fc.record({
      id: fc.constant(id),
      kind: fc.constantFrom('decision' as const, 'output' as const),
      title: word,
      lane: fc.option(fc.constantFrom(...lanes), { nil: undefined }),
    }),
  );

const processMap = (id: string) =>
  subset(LANES, 1).chain((laneIds) =>
    fc.record({
      id: fc.constant(id),
      title: word,
      guidance: fc.option(word, { nil: undefined }),
      outcomes: subset(['safer']),
      lanes: fc.tuple(...laneIds.map((lane) => fc.record({ id: fc.constant(lane), title: word, party: fc.option(party, { nil: undefined }) }))),
      steps: subset(STEPS, 2).chain((ids) => fc.tuple(...ids.map((s) => step(s, laneIds)))),
      pairs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(word, { nil: undefined })), { maxLength: 8 }),
    }),
  );

const relation = fc.record({
  from: fc.constantFrom(...STAKEHOLDERS),
  to: fc.constantFrom(...STAKEHOLDERS),
  kind: fc.constantFrom('scrutinises', 'holds-to-account'),
  label: fc.option(word, { nil: undefined }),
});

const area = (id: string) =>
  fc.record({
    id: fc.constant(id),
    title: word,
    phase: fc.constantFrom('scoping', 'design', 'live' as const),
    codes: subset(USED_CODES),
    lead: fc.option(party, { nil: undefined }),
  });

/** The generated parts of one model. */
const modelSpec = fc.record({
  entries,
  otherParty: fc.boolean(),
  unitTitle: word,
  collaboration: fc.option(fc.record({ title: word, partners: subset(['pcc', 'cc'], 1), agreement: fc.option(word, { nil: undefined }) }), { nil: undefined }),
  profiles: subset(['north', 'south']).chain((ids) => fc.tuple(...ids.map(profile))),
  maps: subset(['armed', 'dogs', 'plan']).chain((ids) => fc.tuple(...ids.map(processMap))),
  stakeholders: subset(STAKEHOLDERS).chain((ids) =>
    fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), title: word, influence: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }) }))),
  ),
  relationshipMap: fc.option(fc.record({ title: word, relations: fc.array(relation, { maxLength: 4 }) }), { nil: undefined }),
  areas: subset(['armed', 'dogs', 'estates']).chain((ids) => fc.tuple(...ids.map(area))),
  split: fc.integer({ min: 0, max: 100 }),
});

type Spec = typeof modelSpec extends fc.Arbitrary<infer T> ? T : never;

const drop = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The documents of a model spec, every reference resolved within the pools, so the model has no errors. */
function documentsOf(spec: Spec): DocumentInput[] {
  const t = spec.entries.titles;
  const glossary = [
    { id: 'e1', code: '1', title: t[0]! },
    { id: 'e11', code: '1.1', title: t[1]! },
    { id: 'e12', code: '1.2', title: t[2]! },
    { id: 'e2', code: '2', title: t[3]! },
    ...(spec.entries.optional ? [{ id: 'e21', code: spec.entries.renumbered ? '2.5' : '2.1', title: t[4]! }] : []),
    ...(spec.entries.extra ? [{ id: 'e3', code: '3', title: t[5]! }] : []),
  ];
  const stakeholderIds = new Set(spec.stakeholders.map((s) => s.id));
  const relations = (spec.relationshipMap?.relations ?? []).filter(
    (r, i, all) =>
      r.from !== r.to &&
      stakeholderIds.has(r.from) &&
      stakeholderIds.has(r.to) &&
      all.findIndex((o) => o.from === r.from && o.to === r.to && o.kind === r.kind) === i,
  );
  const documents: unknown[] = [
    { kind: 'glossary', entries: glossary },
    {
      kind: 'parties',
      parties: PARTIES.filter((p) => p !== 'other' || spec.otherParty).map((id) => ({
        id,
        title: id === 'unit' ? spec.unitTitle : id.toUpperCase(),
        type: id === 'unit' ? 'collaboration-unit' : 'other',
      })),
    },
    {
      kind: 'outcome-framework',
      id: 'f',
      title: 'Outcomes',
      vision: { id: 'vision', title: 'Safe' },
      outcomes: [
        { id: 'safer', title: 'Safer' },
        { id: 'trusted', title: 'Trusted' },
      ],
    },
    ...spec.profiles.map((p) => ({ kind: 'accountability-profile', ...p })),
    ...spec.maps.map(({ pairs, ...map }) => {
      const ids = map.steps.map((s) => s.id);
      const flows = pairs
        .map(([a, b, label]) => ({ from: ids[a % ids.length]!, to: ids[b % ids.length]!, label }))
        .filter((f, i, all) => f.from !== f.to && all.findIndex((o) => o.from === f.from && o.to === f.to) === i);
      return { kind: 'process-map', ...map, flows };
    }),
    ...(spec.stakeholders.length === 0 ? [] : [{ kind: 'stakeholders', stakeholders: spec.stakeholders.map((s) => ({ ...s, type: 'board' })) }]),
    ...(spec.relationshipMap === undefined ? [] : [{ kind: 'relationship-map', id: 'governance', title: spec.relationshipMap.title, relations }]),
    ...(spec.collaboration === undefined
      ? []
      : [{ kind: 'collaboration', id: 'region', type: 'regional', units: [], costSplit: [], businessAreas: [], ...spec.collaboration }]),
    {
      kind: 'collaboration',
      id: 'alliance',
      title: 'Alliance',
      type: 'strategic-alliance',
      partners: spec.collaboration?.partners ?? ['pcc', 'cc'],
      units: ['unit'],
      businessAreas: spec.areas,
      costSplit: [
        { party: 'pcc', percent: spec.split },
        { party: 'cc', percent: 100 - spec.split },
      ],
    },
  ];
  return drop(documents) as DocumentInput[];
}

/** Builds a model from documents, which must have no errors. */
export function modelOf(documents: readonly DocumentInput[]): Model {
  const builder = new ModelBuilder();
  for (const document of documents) builder.add(document);
  const { model, diagnostics } = builder.build();
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`the generated model has errors: ${errors.map((d) => d.message).join('; ')}`);
  return model;
}

/** A small edit to a map of a spec, as someone editing its file would make: the numbers pick the map, step, lane or flow. */
const mapEdit = fc.record({
  op: fc.constantFrom('retitle-step', 'move-step', 'drop-step', 'swap-steps', 'drop-flow', 'relabel-flow', 'lane-party'),
  map: fc.nat(),
  at: fc.nat(),
  to: fc.nat(),
  title: word,
});

type MapSpec = Spec['maps'][number];

function edited(map: MapSpec, edit: typeof mapEdit extends fc.Arbitrary<infer E> ? E : never): MapSpec {
  const steps = [...map.steps];
  const i = edit.at % steps.length;
  const j = edit.to % steps.length;
  const lanes = map.lanes.map((l) => l.id);
  switch (edit.op) {
    case 'retitle-step':
      steps[i] = { ...steps[i]!, title: `${edit.title} ${i}` };
      return { ...map, steps };
    case 'move-step':
      steps[i] = { ...steps[i]!, lane: lanes[edit.to % lanes.length] };
      return { ...map, steps };
    case 'drop-step':
      return steps.length > 2 ? { ...map, steps: steps.filter((_, k) => k !== i) } : map;
    case 'swap-steps':
      [steps[i], steps[j]] = [steps[j]!, steps[i]!];
      return { ...map, steps };
    case 'drop-flow':
      return { ...map, pairs: map.pairs.filter((_, k) => k !== edit.at % Math.max(1, map.pairs.length)) };
    case 'relabel-flow':
      return { ...map, pairs: map.pairs.map((p, k) => (k === edit.at % Math.max(1, map.pairs.length) ? [p[0], p[1], edit.title] : p)) };
    case 'lane-party':
      return { ...map, lanes: map.lanes.map((l, k) => (k === edit.to % map.lanes.length ? { ...l, party: l.party === 'cc' ? 'unit' : 'cc' } : l)) };
  }
}

/**
 * Two models over the same pools of ids: each part of the second is the first's, the first's
 * with small edits to its maps, or drawn independently.
 */
export const modelPair: fc.Arbitrary<readonly [Model, Model]> = fc
  .tuple(
    modelSpec,
    modelSpec,
    fc.record({ entries: fc.boolean(), profiles: fc.boolean(), maps: fc.boolean(), stakeholders: fc.boolean(), areas: fc.boolean() }),
    fc.array(mapEdit, { maxLength: 4 }),
  )
  .map(([a, other, keep, edits]) => {
    // Each part of the second model is either the first model's or an independent one.
    const b: Spec = {
      ...other,
      entries: keep.entries ? a.entries : other.entries,
      profiles: keep.profiles ? a.profiles : other.profiles,
      maps: keep.maps ? edits.reduce((maps, e) => maps.map((m, k) => (k === e.map % maps.length ? edited(m, e) : m)), [...a.maps]) : other.maps,
      stakeholders: keep.stakeholders ? a.stakeholders : other.stakeholders,
      areas: keep.areas ? a.areas : other.areas,
    };
    return [modelOf(documentsOf(a)), modelOf(documentsOf(b))] as const;
  });
