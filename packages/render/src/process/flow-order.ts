import type { Flow, Step, StepId } from '@opcc/core';

/**
 * Steps in the order a reader follows them: start events first (in map order), then
 * breadth-first along flows in the order they are listed, then any step not reached.
 */
export function flowOrder(steps: readonly Step[], flows: readonly Flow[]): Step[] {
  const byId = new Map(steps.map((s) => [s.id as string, s]));
  const next = new Map<string, StepId[]>();
  for (const f of flows) next.set(f.from, [...(next.get(f.from) ?? []), f.to]);
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
  const starts = steps.filter((s) => s.kind === 'start');
  for (const s of starts) seen.add(s.id);
  visit(starts);
  for (const step of steps) {
    if (!seen.has(step.id)) {
      seen.add(step.id);
      visit([step]);
    }
  }
  return order;
}
