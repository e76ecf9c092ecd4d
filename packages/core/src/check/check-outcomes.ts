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
        if (ctx.has('outcome', id))
          ctx.report('wrong-outcome-level', `objective "${objective.id}" names "${id}", which is not one of the outcomes of "${data.id}"`, site);
        else ctx.expect('outcome', id, site, 'unknown-outcome');
      }),
    );
    data.areaPriorities.forEach((priority, i) =>
      priority.objectives.forEach((id, j) => {
        const site = { origin, path: ['areaPriorities', i, 'objectives', j] };
        if (objectives.has(id)) return;
        if (ctx.has('outcome', id))
          ctx.report('wrong-outcome-level', `area priority "${priority.id}" names "${id}", which is not one of the objectives of "${data.id}"`, site);
        else ctx.expect('outcome', id, site, 'unknown-outcome');
      }),
    );
  }
}
