import type { ProcessMap, Step } from '@opcc/core';

/** Steps in the order a reader follows them: from the start events along the flows, then any left over. */
export function stepsInFlowOrder(map: ProcessMap): Step[] {
  const byId = new Map(map.steps.map((s) => [s.id as string, s]));
  const next = new Map<string, string[]>();
  for (const flow of map.flows) next.set(flow.from, [...(next.get(flow.from) ?? []), flow.to]);
  const seen = new Set<string>();
  const order: Step[] = [];
  const queue = map.steps.filter((s) => s.kind === 'start').map((s) => s.id as string);
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const step = byId.get(id);
    if (step === undefined || seen.has(id)) continue;
    seen.add(id);
    order.push(step);
    queue.push(...(next.get(id) ?? []));
  }
  return [...order, ...map.steps.filter((s) => !seen.has(s.id))];
}
