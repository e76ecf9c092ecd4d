import type { Scenario } from '../model/model.js';
import { documentsOf, type CheckContext } from './context.js';

/**
 * Where each module of a scenario can lead: its `next`, or else the module listed after it
 * (none after a module marked `end`); and the module each choice leads to. When every option
 * of a choice question names a module, the choice decides and the run does not simply carry on.
 * @example
 * ```ts
 * moduleSuccessors(scenario).get('planning'); // ['enough-views', 'unheard']
 * ```
 */
export function moduleSuccessors(scenario: Pick<Scenario, 'modules'>): Map<string, string[]> {
  const successors = new Map<string, string[]>();
  for (const m of scenario.modules) {
    const branches = m.questions.flatMap((q) => q.options.flatMap((o) => (o.next === undefined ? [] : [o.next])));
    const following = defaultSuccessor(scenario, m.id);
    successors.set(m.id, [...(following === undefined ? [] : [following]), ...branches]);
  }
  return successors;
}

/**
 * The module the route goes on to from a module when no choice sends it elsewhere: its `next`, or else the module
 * listed after it; none for a module marked `end`, one whose choice decides (every option names a module), or the last.
 * @example
 * ```ts
 * defaultSuccessor(scenario, 'outline-case'); // undefined: the choice decides
 * defaultSuccessor(scenario, 'full-case'); // 'agreement-and-panel'
 * ```
 */
export function defaultSuccessor(scenario: Pick<Scenario, 'modules'>, moduleId: string): string | undefined {
  const i = scenario.modules.findIndex((m) => m.id === moduleId);
  const m = scenario.modules[i];
  if (m === undefined || m.end === true) return undefined;
  const decided = m.questions.some((q) => q.kind === 'choice' && q.options.length > 0 && q.options.every((o) => o.next !== undefined));
  return decided ? undefined : (m.next ?? scenario.modules[i + 1]?.id);
}

/**
 * The planned end of a module, in minutes into the exercise: the planned start of the module the route goes on to
 * (its default successor; where its choice decides, the earliest of the modules the choice leads to), or the
 * exercise's planned duration for a module that ends it. A module listed after an end module is not its successor,
 * so a module that ends the exercise early is planned to run to the end. A way back to an earlier module counts as
 * no successor.
 * @example
 * ```ts
 * plannedEnd(alliance, 'stopped'); // 90, the duration: it ends the exercise, though 'full-case' is listed next at 30
 * plannedEnd(alliance, 'full-case'); // 55: the start of 'agreement-and-panel'
 * ```
 */
export function plannedEnd(scenario: Pick<Scenario, 'modules' | 'duration'>, moduleId: string): number {
  const m = scenario.modules.find((x) => x.id === moduleId);
  if (m === undefined) return scenario.duration;
  const following = defaultSuccessor(scenario, moduleId);
  const onward = following === undefined ? (moduleSuccessors(scenario).get(moduleId) ?? []) : [following];
  const starts = onward.flatMap((id) => scenario.modules.filter((x) => x.id === id && x.start >= m.start).map((x) => x.start));
  return starts.length === 0 ? scenario.duration : Math.min(...starts);
}

/**
 * Checks the route through each scenario: every module reachable from the first through the
 * branches, and from every module reachable a way to a module that ends the exercise.
 */
export function checkScenarioFlow(ctx: CheckContext): void {
  for (const { data, origin } of documentsOf(ctx, 'scenario')) {
    const successors = moduleSuccessors(data);
    const ids = new Set(data.modules.map((m) => m.id as string));
    // A branch to a module that does not exist is reported as unknown; the route is not judged on a guess.
    if ([...successors.values()].flat().some((to) => !ids.has(to))) continue;
    const next = (id: string) => successors.get(id) ?? [];
    const first = data.modules[0]?.id;
    const reachable = first === undefined ? new Set<string>() : closure([first], next);
    const ends = data.modules.filter((m) => next(m.id).length === 0).map((m) => m.id as string);
    const backwards = (id: string) => data.modules.filter((m) => next(m.id).includes(id)).map((m) => m.id as string);
    const canEnd = closure(ends, backwards);
    data.modules.forEach((m, i) => {
      if (!reachable.has(m.id)) ctx.report('unreachable-module', { scenario: data.id, module: m.id }, { origin, path: ['modules', i, 'id'] });
    });
    // A loop with no way out is one mistake: it is reported once, at the first module caught in it.
    const stuck = data.modules.findIndex((m) => reachable.has(m.id) && !canEnd.has(m.id));
    const module = data.modules[stuck];
    if (module !== undefined) ctx.report('scenario-no-end', { scenario: data.id, module: module.id }, { origin, path: ['modules', stuck, 'id'] });
  }
}

function closure(start: ReadonlyArray<string>, step: (id: string) => string[]): Set<string> {
  const seen = new Set<string>(start);
  const queue = [...start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const to of step(id)) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}
