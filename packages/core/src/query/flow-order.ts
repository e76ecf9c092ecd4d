import type { Flow, Step } from '../model/model.js';

/**
 * A map's steps in the order a reader follows them: breadth-first along flows (in the order
 * they are listed) from the start events, then, for each step still unreached in map order,
 * breadth-first from it. The drawing's keyboard order and the page's list of steps both use
 * it, so the two agree.
 * @example
 * ```ts
 * flowOrder(indexModel(guide).getMap(mapId('engage-consult'))).map((s) => s.id); // the start first, then along the flows
 * ```
 */
export function flowOrder(map: { readonly steps: readonly Step[]; readonly flows: readonly Flow[] }): Step[] {
  const byId = new Map(map.steps.map((s) => [s.id as string, s]));
  const next = new Map<string, string[]>();
  for (const f of map.flows) next.set(f.from, [...(next.get(f.from) ?? []), f.to]);
  const seen = new Set<string>();
  const order: Step[] = [];
  const visit = (queue: Step[]) => {
    for (let i = 0; i < queue.length; i++) {
      const step = queue[i] as Step;
      order.push(step);
      for (const id of next.get(step.id) ?? []) {
        const target = byId.get(id);
        if (target !== undefined && !seen.has(id)) {
          seen.add(id);
          queue.push(target);
        }
      }
    }
  };
  const starts = map.steps.filter((s) => s.kind === 'start');
  for (const s of starts) seen.add(s.id);
  visit(starts);
  for (const step of map.steps) {
    if (!seen.has(step.id)) {
      seen.add(step.id);
      visit([step]);
    }
  }
  return order;
}
