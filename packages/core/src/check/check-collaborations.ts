import { documentsOf, type CheckContext } from './context.js';

/** Checks collaborations: business areas unique, cost shares adding up, dates in order. */
export function checkCollaborations(ctx: CheckContext): void {
  for (const { data, origin, repaired } of documentsOf(ctx, 'collaboration')) {
    const areas = new Set<string>();
    data.businessAreas.forEach((area, i) => {
      if (areas.has(area.id))
        ctx.report('duplicate-id', `duplicate business area "${area.id}" in collaboration "${data.id}"`, { origin, path: ['businessAreas', i, 'id'] });
      areas.add(area.id);
      if (area.start !== undefined && area.due !== undefined && area.due < area.start) {
        ctx.report('date-order', `business area "${area.id}" is due (${area.due}) before it starts (${area.start})`, {
          origin,
          path: ['businessAreas', i, 'due'],
        });
      }
    });
    if (data.costSplit.length > 0 && repaired !== true) {
      const total = data.costSplit.reduce((sum, share) => sum + share.percent, 0);
      if (Math.abs(total - 100) > 0.01)
        ctx.report('cost-split-total', `the cost split of "${data.id}" adds up to ${total}%, not 100%`, { origin, path: ['costSplit'] });
    }
  }
}
