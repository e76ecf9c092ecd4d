import type { Appliers } from './applier.js';
import { removeFrom } from './applier.js';
import { copyOf } from './draft.js';
import { findMap } from './map-targets.js';

/** Flows between two steps added and removed. */
export const flowAppliers: Appliers<'add-flow' | 'remove-flow'> = {
  'add-flow': (draft, ctx) => {
    const map = findMap(draft, ctx);
    if (map === undefined) return;
    const { flow } = ctx.change;
    const steps = map.steps.map((s) => s.id);
    const known = [ctx.expect('step', flow.from, steps, ['flow', 'from'], map.id), ctx.expect('step', flow.to, steps, ['flow', 'to'], map.id)].every(Boolean);
    if (!known) return;
    if (map.flows.some((f) => f.from === flow.from && f.to === flow.to)) {
      ctx.conflict(['flow'], `a flow from "${flow.from}" to "${flow.to}" on map "${map.id}"`, 'not to be there yet', 'it is');
      return;
    }
    map.flows.push(copyOf(flow));
  },
  'remove-flow': (draft, ctx) => {
    const map = findMap(draft, ctx);
    if (map === undefined) return;
    const { from, to } = ctx.change;
    const flow = map.flows.find((f) => f.from === from && f.to === to);
    if (flow === undefined) {
      ctx.expect(
        'flow',
        `${from} → ${to}`,
        map.flows.map((f) => `${f.from} → ${f.to}`),
        ['to'],
        map.id,
      );
      return;
    }
    removeFrom(map.flows, flow);
  },
};
