import { documentsOf, type CheckContext } from './context.js';

/** Checks that objectives point at outcomes and area priorities at objectives of the same framework. */
export function checkOutcomeLevels(ctx: CheckContext): void {
  for (const { data, origin } of documentsOf(ctx, 'outcome-framework')) {
    const outcomes = new Set(data.outcomes.map((o) => o.id as string));
    const objectives = new Set(data.objectives.map((o) => o.id as string));
    data.objectives.forEach((objective, i) =>
      objective.outcomes.forEach((id, j) => {
        const site = { origin, path: ['objectives', i, 'outcomes', j] };
        if (outcomes.has(id)) return;
        if (ctx.has('outcome', id)) ctx.report('wrong-outcome-level', { element: 'objective', id: objective.id, named: id, framework: data.id }, site);
        else ctx.expect('outcome', id, site, 'unknown-outcome');
      }),
    );
    data.areaPriorities.forEach((priority, i) =>
      priority.objectives.forEach((id, j) => {
        const site = { origin, path: ['areaPriorities', i, 'objectives', j] };
        if (objectives.has(id)) return;
        if (ctx.has('outcome', id)) ctx.report('wrong-outcome-level', { element: 'area priority', id: priority.id, named: id, framework: data.id }, site);
        else ctx.expect('outcome', id, site, 'unknown-outcome');
      }),
    );
  }
}
