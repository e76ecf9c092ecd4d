import { documentsOf, type CheckContext } from './context.js';

/** Checks collaborations: business areas unique, cost shares adding up, dates in order. */
export function checkCollaborations(ctx: CheckContext): void {
  for (const { data, origin, repaired } of documentsOf(ctx, 'collaboration')) {
    const areas = new Set<string>();
    data.businessAreas.forEach((area, i) => {
      if (areas.has(area.id))
        ctx.report('duplicate-id', { kind: 'business area', name: area.id, collaboration: data.id }, { origin, path: ['businessAreas', i, 'id'] });
      areas.add(area.id);
      if (area.start !== undefined && area.due !== undefined && area.due < area.start) {
        ctx.report('date-order', { area: area.id, start: area.start, due: area.due }, { origin, path: ['businessAreas', i, 'due'] });
      }
    });
    if (data.costSplit.length > 0 && repaired !== true) {
      const total = data.costSplit.reduce((sum, share) => sum + share.percent, 0);
      if (Math.abs(total - 100) > 0.01) ctx.report('cost-split-total', { collaboration: data.id, total }, { origin, path: ['costSplit'] });
    }
  }
}
