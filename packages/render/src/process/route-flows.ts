import type { Point } from '../geometry/box.js';
import type { FlowPlan } from './flow-plans.js';
import { get } from './lookup.js';
import type { Ports } from './ports.js';
import type { PlacedStep } from './process-types.js';
import type { RouteOfFlow } from './place-flow-labels.js';
import type { TrackPositions } from './tracks.js';

/** Everything a flow's route is made from, once steps, ports, corridors and tracks are placed. */
export interface RouteInput {
  readonly plans: readonly FlowPlan[];
  readonly placed: ReadonlyMap<string, PlacedStep>;
  readonly ports: Ports;
  readonly corridorY: ReadonlyMap<string, number>;
  readonly tracks: TrackPositions;
}

/**
 * Each flow as right-angled segments: out of its source, along its exit track, then either
 * straight into its target or along its corridor and up or down the entry track. Labels are placed
 * once every route is known.
 */
export function routeFlows(input: RouteInput): RouteOfFlow[] {
  const { exitY, entryY } = input.ports;
  return input.plans.map((plan) => {
    const id = plan.flow.id;
    const from = get(input.placed, plan.from.id, 'placed step');
    const to = get(input.placed, plan.to.id, 'placed step');
    const ey = get(exitY, id, 'exit port of flow');
    const ny = get(entryY, id, 'entry port of flow');
    const t1 = get(input.tracks.exit, id, 'exit track of flow');
    const start = { x: from.geometry.right.x, y: ey };
    const end = { x: to.geometry.left.x, y: ny };
    let points: Point[];
    if (plan.corridor) {
      const cy = get(input.corridorY, id, 'corridor of flow');
      const t2 = get(input.tracks.entry, id, 'entry track of flow');
      points = [start, { x: t1, y: ey }, { x: t1, y: cy }, { x: t2, y: cy }, { x: t2, y: ny }, end];
    } else {
      points = [start, { x: t1, y: ey }, { x: t1, y: ny }, end];
    }
    return { flow: plan.flow, points: simplify(points), labelAtSource: plan.labelAtSource };
  });
}

/** Drops repeated points and middle points of straight runs. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last !== undefined && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const before = out[out.length - 2];
    if (before !== undefined && last !== undefined && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}
