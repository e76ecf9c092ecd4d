import fc from 'fast-check';
import { ModelBuilder } from '../build/model-builder.js';
import type { Model } from '../model/model.js';
import type { DocumentInput } from '../schema/documents.js';

/*
 * Pairs of small valid models for testing diff: the second model is the first with a few small
 * edits, each to one part (an entry, a party, a profile, a step, a relation, a business area…),
 * as someone editing the files would make, so that every kind of change diff can write is tried
 * on models that share most of their elements. What a change set cannot say (the value chain,
 * the scenario) is the same in both, save for the codes the scenario names, which follow a
 * renumbered entry.
 */

const PARTIES = ['pcc', 'cc', 'unit', 'other'] as const;
// 2.1 names the entry that may be left out or renumbered to 2.5: its uses go or follow with it.
const USED_CODES = ['1', '1.1', '1.2', '2', '2.1'] as const;
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
  collaboration: fc.option(fc.record({ title: word, partners: subset(['pcc', 'cc'], 1), agreement: fc.option(word, { nil: undefined }) }), {
    nil: undefined,
    freq: 2,
  }),
  profiles: subset(['north', 'south']).chain((ids) => fc.tuple(...ids.map(profile))),
  maps: subset(['armed', 'dogs', 'plan']).chain((ids) => fc.tuple(...ids.map(processMap))),
  stakeholders: subset(STAKEHOLDERS, 2).chain((ids) =>
    fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), title: word, influence: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }) }))),
  ),
  relationshipMap: fc.option(fc.record({ title: word, relations: fc.array(relation, { maxLength: 4 }) }), { nil: undefined, freq: 2 }),
  areas: subset(['armed', 'dogs', 'estates']).chain((ids) => fc.tuple(...ids.map(area))),
  split: fc.integer({ min: 0, max: 100 }),
  scenario: fc.record({ objective: subset(USED_CODES), question: subset(USED_CODES) }),
});

type Spec = typeof modelSpec extends fc.Arbitrary<infer T> ? T : never;

const drop = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The documents of a model spec, every reference resolved within the pools, so the model has no errors. */
function documentsOf(spec: Spec): DocumentInput[] {
  const t = spec.entries.titles;
  const { optional, renumbered } = spec.entries;
  const code = (c: string | undefined) => (c !== '2.1' ? c : !optional ? undefined : renumbered ? '2.5' : '2.1');
  const codes = (list: readonly string[]) => list.flatMap((c) => code(c) ?? []);
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
    ...spec.profiles.map((p) => ({
      kind: 'accountability-profile',
      ...p,
      assignments: p.assignments.flatMap((a) => (code(a.code) === undefined ? [] : [{ ...a, code: code(a.code) }])),
    })),
    ...spec.maps.map(({ pairs, ...map }) => {
      const ids = map.steps.map((s) => s.id);
      const flows = pairs
        .map(([a, b, label]) => ({ from: ids[a % ids.length]!, to: ids[b % ids.length]!, label }))
        .filter((f, i, all) => f.from !== f.to && all.findIndex((o) => o.from === f.from && o.to === f.to) === i);
      return { kind: 'process-map', ...map, steps: map.steps.map((s) => ('code' in s ? { ...s, code: code(s.code) } : s)), flows };
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
      businessAreas: spec.areas.map((a) => ({ ...a, codes: codes(a.codes) })),
      costSplit: [
        { party: 'pcc', percent: spec.split },
        { party: 'cc', percent: 100 - spec.split },
      ],
    },
    {
      kind: 'scenario',
      id: 'drill',
      title: 'Drill',
      summary: 'A drill.',
      audience: 'Staff',
      format: 'seminar',
      duration: 30,
      setting: 'A call comes in.',
      roles: [{ id: 'commissioner', title: 'Commissioner', party: 'pcc' }],
      objectives: [{ id: 'know', text: 'Know who answers.', codes: codes(spec.scenario.objective) }],
      modules: [
        {
          id: 'first',
          title: 'First',
          start: 0,
          questions: [{ id: 'who', prompt: 'Who answers?', objectives: ['know'], codes: codes(spec.scenario.question) }],
        },
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
  op: fc.constantFrom(
    'retitle-step',
    'move-step',
    'drop-step',
    'swap-steps',
    'drop-flow',
    'relabel-flow',
    'lane-party',
    'retitle-map',
    'map-outcomes',
    'step-outcomes',
    'recode-step',
    'add-step',
    'add-flow',
    'drop-lane',
    'retitle-lane',
    'add-lane',
    'add-lane',
    'swap-lanes',
  ),
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
    case 'retitle-map':
      return { ...map, title: `${edit.title} map` };
    case 'map-outcomes':
      return { ...map, outcomes: map.outcomes.length === 0 ? ['safer'] : [] };
    case 'step-outcomes':
    case 'recode-step': {
      const s = steps[i]!;
      if (s.kind !== 'activity') return map;
      const outcomes = s.outcomes.includes('trusted') ? s.outcomes.filter((o) => o !== 'trusted') : [...s.outcomes, 'trusted' as const];
      steps[i] = edit.op === 'step-outcomes' ? { ...s, outcomes } : { ...s, code: USED_CODES[edit.to % USED_CODES.length] };
      return { ...map, steps };
    }
    case 'add-step': {
      const id = STEPS.find((s) => !steps.some((t) => t.id === s));
      if (id === undefined) return map;
      steps.splice(edit.to % (steps.length + 1), 0, {
        id,
        kind: 'activity',
        title: edit.title,
        code: undefined,
        lane: lanes[edit.at % lanes.length],
        outcomes: [],
      });
      return { ...map, steps };
    }
    case 'add-flow':
      return { ...map, pairs: [...map.pairs, [edit.at, edit.to, edit.title]] };
    case 'drop-lane': {
      if (map.lanes.length < 2) return map;
      const gone = lanes[edit.to % lanes.length];
      return { ...map, lanes: map.lanes.filter((l) => l.id !== gone), steps: steps.map((s) => (s.lane === gone ? { ...s, lane: undefined } : s)) };
    }
    case 'add-lane': {
      const id = LANES.find((l) => !lanes.includes(l));
      return id === undefined ? map : { ...map, lanes: [...map.lanes, { id, title: `${edit.title} lane`, party: undefined }] };
    }
    case 'retitle-lane':
      return { ...map, lanes: map.lanes.map((l, k) => (k === edit.to % map.lanes.length ? { ...l, title: `${edit.title} lane` } : l)) };
    case 'swap-lanes': {
      // Lanes put in another order, their steps with them: a change of order alone, which diff says with move-lane.
      if (map.lanes.length < 2) return map;
      const a = edit.at % lanes.length;
      const b = (a + 1 + (edit.to % (lanes.length - 1))) % lanes.length;
      const reordered = [...map.lanes];
      [reordered[a], reordered[b]] = [reordered[b]!, reordered[a]!];
      return { ...map, lanes: reordered };
    }
  }
}

/** The element of `theirs` with an id put in place of the one of `mine`: it is changed, added (at the end) or removed. */
function takeOne<T extends { readonly id: string }>(mine: readonly T[], theirs: readonly T[], id: string): T[] {
  const now = theirs.find((x) => x.id === id);
  if (!mine.some((x) => x.id === id)) return now === undefined ? [...mine] : [...mine, now];
  return mine.flatMap((x) => (x.id !== id ? [x] : now === undefined ? [] : [now]));
}

/** A small edit to one part of a spec: the numbers pick the element, `other` (an independent spec) supplies what is new. */
const specEdit = fc.record({
  part: fc.constantFrom(
    'entry-extra',
    'entry-optional',
    'entry-renumbered',
    'entry-title',
    'other-party',
    'unit-title',
    'collaboration',
    'collaboration-title',
    'profile',
    'profile',
    'profile-title',
    'assignment',
    'map',
    'map',
    'map',
    'map',
    'whole-map',
    'whole-map',
    'stakeholder',
    'stakeholder',
    'stakeholder',
    'add-relation',
    'drop-relation',
    'drop-relation',
    'relationship-map',
    'area',
    'area',
    'area-phase',
    'split',
  ),
  n: fc.nat(),
  title: word,
  relation,
  map: mapEdit,
});

type SpecEdit = typeof specEdit extends fc.Arbitrary<infer E> ? E : never;

function editedSpec(spec: Spec, other: Spec, edit: SpecEdit): Spec {
  const { n, title } = edit;
  const entries = spec.entries;
  const pick = <T>(items: readonly T[]) => items[n % items.length]!;
  const atProfile = (change: (p: Spec['profiles'][number]) => Spec['profiles'][number]) =>
    spec.profiles.map((p, k) => (k === n % Math.max(1, spec.profiles.length) ? change(p) : p));
  const relationshipMap = spec.relationshipMap ?? { title, relations: [] };
  switch (edit.part) {
    case 'entry-extra':
      return { ...spec, entries: { ...entries, extra: !entries.extra } };
    case 'entry-optional':
      return { ...spec, entries: { ...entries, optional: !entries.optional } };
    case 'entry-renumbered':
      return { ...spec, entries: { ...entries, optional: true, renumbered: !entries.renumbered } };
    case 'entry-title':
      return { ...spec, entries: { ...entries, titles: entries.titles.map((t, k) => (k === n % 6 ? `${title} ${k}` : t)) } };
    case 'other-party':
      return { ...spec, otherParty: !spec.otherParty };
    case 'unit-title':
      return { ...spec, unitTitle: `${title} unit` };
    case 'collaboration':
      return { ...spec, collaboration: spec.collaboration === undefined ? { title, partners: ['pcc', 'cc'], agreement: undefined } : undefined };
    case 'collaboration-title':
      return spec.collaboration === undefined ? spec : { ...spec, collaboration: { ...spec.collaboration, title: `${title} region` } };
    case 'profile':
      return { ...spec, profiles: takeOne(spec.profiles, other.profiles, pick(['north', 'south'])) };
    case 'profile-title':
      return { ...spec, profiles: atProfile((p) => ({ ...p, title: `${title} profile` })) };
    case 'assignment':
      // Drops one assignment, or gives it another responsible party.
      return {
        ...spec,
        profiles: atProfile((p) => ({
          ...p,
          assignments: p.assignments.flatMap((a, k) =>
            k !== n % Math.max(1, p.assignments.length)
              ? [a]
              : n % 2 === 0
                ? []
                : [{ ...a, responsible: a.responsible.includes('unit') ? [] : ['unit' as const] }],
          ),
        })),
      };
    case 'map':
      return spec.maps.length === 0 ? spec : { ...spec, maps: spec.maps.map((m, k) => (k === edit.map.map % spec.maps.length ? edited(m, edit.map) : m)) };
    case 'whole-map':
      return { ...spec, maps: takeOne(spec.maps, other.maps, pick(['armed', 'dogs', 'plan'])) };
    case 'stakeholder':
      return { ...spec, stakeholders: takeOne(spec.stakeholders, other.stakeholders, pick(STAKEHOLDERS)) };
    case 'add-relation': {
      // Between two stakeholders the register has, so that the relation is kept.
      const ids = spec.stakeholders.map((x) => x.id);
      const [from, to] = [ids[n % ids.length], ids[(n + 1) % ids.length]];
      const added = from === undefined || to === undefined ? edit.relation : { ...edit.relation, from, to };
      return { ...spec, relationshipMap: { ...relationshipMap, relations: [...relationshipMap.relations, added] } };
    }
    case 'drop-relation':
      return {
        ...spec,
        relationshipMap: { ...relationshipMap, relations: relationshipMap.relations.filter((_, k) => k !== n % relationshipMap.relations.length) },
      };
    case 'relationship-map':
      // Takes the map away, or gives it (or a new one) another title, which replaces it whole.
      return { ...spec, relationshipMap: spec.relationshipMap !== undefined && n % 2 === 0 ? undefined : { ...relationshipMap, title: `${title} map` } };
    case 'area':
      return { ...spec, areas: takeOne(spec.areas, other.areas, pick(['armed', 'dogs', 'estates'])) };
    case 'area-phase':
      return { ...spec, areas: spec.areas.map((a, k) => (k === n % spec.areas.length ? { ...a, phase: a.phase === 'live' ? 'design' : 'live' } : a)) };
    case 'split':
      return { ...spec, split: other.split };
  }
}

/**
 * Two models over the same pools of ids: the second is the first with one to five small edits
 * ({@link specEdit}), so each pair differs in a few changes, not in everything.
 */
export const modelPair: fc.Arbitrary<readonly [Model, Model]> = fc
  .tuple(modelSpec, modelSpec, fc.array(specEdit, { minLength: 1, maxLength: 5 }))
  .map(([a, other, edits]) => {
    const b = edits.reduce((spec, edit) => editedSpec(spec, other, edit), a);
    // No change edits a scenario: it names the entry that may be left out only when both models have it.
    const unused = (codes: Spec['scenario']['objective']) => codes.filter((c) => c !== '2.1' || a.entries.optional === b.entries.optional);
    const scenario = { objective: unused(a.scenario.objective), question: unused(a.scenario.question) };
    return [modelOf(documentsOf({ ...a, scenario })), modelOf(documentsOf({ ...b, scenario }))] as const;
  });
