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
  scenario.modules.forEach((m, i) => {
    const branches = m.questions.flatMap((q) => q.options.flatMap((o) => (o.next === undefined ? [] : [o.next])));
    const decided = m.questions.some((q) => q.kind === 'choice' && q.options.length > 0 && q.options.every((o) => o.next !== undefined));
    const following = m.end === true || decided ? undefined : (m.next ?? scenario.modules[i + 1]?.id);
    successors.set(m.id, [...(following === undefined ? [] : [following]), ...branches]);
  });
  return successors;
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
