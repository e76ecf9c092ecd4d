import type { Scenario } from '../model/model.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import { describePath } from '../load/schema-issues.js';
import { documentsOf, type CheckContext, type Path } from './context.js';

type ScenarioDocument = Extract<ParsedDocument, { kind: 'scenario' }>;
type StepRef = { readonly map?: string | undefined; readonly step: string };

/** The text `opcc scenario new` writes where a trainer has still to write the real thing. */
export const PLACEHOLDER = 'TODO';

/**
 * Checks each scenario's own names: roles, objectives, modules, injects and questions unique
 * within it; every role, objective and module it names declared in it; every step it names on
 * the map it names; objectives that nothing assesses; injects timed outside their module; and
 * placeholders still to fill in.
 */
export function checkScenarios(ctx: CheckContext): void {
  const steps = stepsByMap(ctx);
  for (const document of documentsOf(ctx, 'scenario')) {
    checkUnique(ctx, document);
    checkNames(ctx, document, steps);
    checkAssessed(ctx, document);
    checkTimings(ctx, document);
    checkPlaceholders(ctx, document);
  }
}

/** The steps of every map, by map id. */
function stepsByMap(ctx: CheckContext): Map<string, Map<string, unknown>> {
  return new Map(documentsOf(ctx, 'process-map').map(({ data }) => [data.id as string, new Map(data.steps.map((step) => [step.id as string, step]))]));
}

function checkUnique(ctx: CheckContext, { data, origin }: ScenarioDocument): void {
  const lists: Array<[string, ReadonlyArray<{ readonly id: string }>, (i: number) => Path]> = [
    ['role', data.roles, (i) => ['roles', i, 'id']],
    ['objective', data.objectives, (i) => ['objectives', i, 'id']],
    ['module', data.modules, (i) => ['modules', i, 'id']],
  ];
  const injects = data.modules.flatMap((m, mi) => m.injects.map((inject, i) => ({ id: inject.id, path: ['modules', mi, 'injects', i, 'id'] })));
  const questions = data.modules.flatMap((m, mi) => m.questions.map((q, i) => ({ id: q.id, path: ['modules', mi, 'questions', i, 'id'] })));
  const report = (kind: string, items: ReadonlyArray<{ readonly id: string; readonly path: Path }>) => {
    const seen = new Set<string>();
    for (const { id, path } of items) {
      if (seen.has(id)) ctx.report('duplicate-id', { kind, name: id, scenario: data.id }, { origin, path });
      seen.add(id);
    }
  };
  for (const [kind, items, path] of lists)
    report(
      kind,
      items.map((item, i) => ({ id: item.id, path: path(i) })),
    );
  report('inject', injects);
  report('question', questions);
}

function checkNames(ctx: CheckContext, { data, origin }: ScenarioDocument, steps: ReadonlyMap<string, ReadonlyMap<string, unknown>>): void {
  const scenario = data.id;
  const roles = new Map(data.roles.map((role) => [role.id as string, role]));
  const objectives = new Map(data.objectives.map((objective) => [objective.id as string, objective]));
  const modules = new Map(data.modules.map((module) => [module.id as string, module]));
  const senders = new Map<string, unknown>([...roles, ...ctx.names('stakeholder')]);
  const role = (name: string, path: Path) => ctx.expectLocal(roles, { kind: 'role', scenario }, name, { origin, path }, 'unknown-role');
  const objective = (name: string, path: Path) => ctx.expectLocal(objectives, { kind: 'objective', scenario }, name, { origin, path }, 'unknown-objective');
  const module = (name: string, path: Path) => ctx.expectLocal(modules, { kind: 'module', scenario }, name, { origin, path }, 'unknown-module');
  const step = (ref: StepRef, focus: string | undefined, path: Path) => {
    const map = ref.map ?? focus;
    const onMap = map === undefined ? undefined : steps.get(map);
    // An unknown map is reported where it is named; a step with no map at all is reported against no map.
    if (map !== undefined && onMap === undefined) return;
    ctx.expectLocal(
      onMap ?? new Map(),
      map === undefined ? { kind: 'step' } : { kind: 'step', map },
      ref.step,
      { origin, path: [...path, 'step'] },
      'unknown-step',
    );
  };
  data.modules.forEach((m, mi) => {
    const at = (...rest: Path): Path => ['modules', mi, ...rest];
    const focus = m.focus?.map;
    m.focus?.steps.forEach((name, i) => step({ step: name }, focus, at('focus', 'steps', i)));
    if (m.next !== undefined) module(m.next, at('next'));
    m.injects.forEach((inject, ii) => {
      if (!roles.has(inject.from)) {
        ctx.expectLocal(senders, { kind: 'role or stakeholder', scenario }, inject.from, { origin, path: at('injects', ii, 'from') }, 'unknown-role');
      }
      inject.to.forEach((name, i) => role(name, at('injects', ii, 'to', i)));
      inject.expects.forEach((ref, i) => step(ref, focus, at('injects', ii, 'expects', i)));
      inject.objectives.forEach((name, i) => objective(name, at('injects', ii, 'objectives', i)));
      if (inject.contingency !== undefined) step(inject.contingency.unless, focus, at('injects', ii, 'contingency', 'unless'));
    });
    m.questions.forEach((question, qi) => {
      question.options.forEach((option, i) => {
        if (option.next !== undefined) module(option.next, at('questions', qi, 'options', i, 'next'));
      });
      question.objectives.forEach((name, i) => objective(name, at('questions', qi, 'objectives', i)));
      question.steps.forEach((ref, i) => step(ref, focus, at('questions', qi, 'steps', i)));
    });
  });
}

/** An objective that no question or inject names is never tested, so it cannot be rated. */
function checkAssessed(ctx: CheckContext, { data, origin }: ScenarioDocument): void {
  const assessed = new Set(data.modules.flatMap((m) => [...m.injects.flatMap((i) => i.objectives), ...m.questions.flatMap((q) => q.objectives)]));
  data.objectives.forEach((objective, i) => {
    if (!assessed.has(objective.id))
      ctx.report('unassessed-objective', { scenario: data.id, objective: objective.id }, { origin, path: ['objectives', i, 'id'] });
  });
}

/** A module runs from its planned start to the start of the next module listed, the last to the planned end. */
export function moduleWindows(scenario: Pick<Scenario, 'modules' | 'duration'>): Array<{ readonly start: number; readonly end: number }> {
  return scenario.modules.map((m, i) => ({ start: m.start, end: scenario.modules[i + 1]?.start ?? Math.max(scenario.duration, m.start) }));
}

function checkTimings(ctx: CheckContext, { data, origin }: ScenarioDocument): void {
  const windows = moduleWindows(data);
  data.modules.forEach((m, mi) => {
    const window = windows[mi];
    if (window === undefined) return;
    m.injects.forEach((inject, ii) => {
      const last = mi === data.modules.length - 1;
      const outside = inject.time < window.start || (last ? inject.time > window.end : inject.time >= window.end);
      if (outside) {
        const fields = { inject: inject.id, time: inject.time, module: m.id, start: window.start, end: window.end };
        ctx.report('inject-outside-module', fields, { origin, path: ['modules', mi, 'injects', ii, 'time'] });
      }
    });
  });
}

/** Every text still beginning with the placeholder, wherever it is in the scenario. */
function checkPlaceholders(ctx: CheckContext, { data, origin }: ScenarioDocument): void {
  const visit = (value: unknown, path: Path): void => {
    if (typeof value === 'string') {
      if (value.trimStart().startsWith(PLACEHOLDER)) ctx.report('scenario-placeholder', { at: describePath(path) }, { origin, path });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, []);
}
