import type { Flow, Lane, Step } from '@opcc/core';

/**
 * The lane index of every step. A step without a lane (often a start or end event) joins the
 * lane of its nearest neighbour along flows, looking forwards first; a map without lanes has
 * a single lane, index 0.
 */
export function assignLanes(lanes: readonly Lane[], steps: readonly Step[], flows: readonly Flow[]): Map<string, number> {
  const index = new Map(lanes.map((l, i) => [l.id as string, i]));
  const own = (step: Step | undefined) => (step?.lane === undefined ? undefined : index.get(step.lane));
  const byId = new Map(steps.map((s) => [s.id as string, s]));
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
  for (const f of flows) link(f.from, f.to);
  for (const f of flows) link(f.to, f.from);
  const result = new Map<string, number>();
  for (const step of steps) {
    const found = own(step) ?? nearestLane(step.id, neighbours, (id) => own(byId.get(id)));
    result.set(step.id, found ?? 0);
  }
  return result;
}

function nearestLane(start: string, neighbours: ReadonlyMap<string, readonly string[]>, laneOf: (id: string) => number | undefined): number | undefined {
  const seen = new Set([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const next of neighbours.get(queue[i] as string) ?? []) {
      if (seen.has(next)) continue;
      const lane = laneOf(next);
      if (lane !== undefined) return lane;
      seen.add(next);
      queue.push(next);
    }
  }
  return undefined;
}
