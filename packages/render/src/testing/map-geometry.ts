import type { Box, Point } from '../geometry/box.js';
import { boxContains, boxesOverlap } from '../geometry/box.js';
import type { LaidOutProcessMap } from '../process/layout-process-map.js';

/**
 * Everything wrong with the geometry of a laid-out process map, as readable sentences:
 * overlapping shapes, shapes outside their lane, labels that do not fit, flows that do not
 * start and end on their shapes, flows that are not right-angled, and flows through shapes.
 */
export function processMapProblems(map: LaidOutProcessMap): string[] {
  const problems: string[] = [];
  const steps = map.steps;
  for (let i = 0; i < steps.length; i++) {
    for (let j = i + 1; j < steps.length; j++) {
      const a = steps[i];
      const b = steps[j];
      if (a !== undefined && b !== undefined && boxesOverlap(a.box, b.box)) problems.push(`${a.step.id} overlaps ${b.step.id}`);
    }
  }
  for (const s of steps) {
    const lane = map.lanes[s.step.lane];
    if (lane === undefined || !boxContains(lane.box, s.box)) problems.push(`${s.step.id} is not inside lane ${s.step.lane}`);
    const label = s.geometry.label;
    if (!boxContains(s.box, label)) problems.push(`label of ${s.step.id} is outside its shape`);
    if (s.step.shape.label.width > label.width + 0.01) problems.push(`label of ${s.step.id} is wider than its area`);
    if (s.step.shape.label.height + (s.step.shape.caption?.height ?? 0) > label.height + 0.01) problems.push(`label of ${s.step.id} is taller than its area`);
  }
  const byId = new Map(steps.map((s) => [s.step.id as string, s]));
  for (const f of map.flows) {
    const from = byId.get(f.flow.from);
    const to = byId.get(f.flow.to);
    const first = f.points[0];
    const last = f.points[f.points.length - 1];
    if (from === undefined || to === undefined || first === undefined || last === undefined) {
      problems.push(`${f.flow.id} has no route`);
      continue;
    }
    if (!onSide(first, from.geometry.right)) problems.push(`${f.flow.id} does not start on ${from.step.id}`);
    if (!onSide(last, to.geometry.left)) problems.push(`${f.flow.id} does not end on ${to.step.id}`);
    for (let k = 1; k < f.points.length; k++) {
      const p = f.points[k - 1] as Point;
      const q = f.points[k] as Point;
      if (Math.abs(p.x - q.x) > 0.01 && Math.abs(p.y - q.y) > 0.01) problems.push(`${f.flow.id} has a slanted segment`);
      const segment: Box = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(p.x - q.x) || 0.001, height: Math.abs(p.y - q.y) || 0.001 };
      for (const s of steps) {
        // An event's box is wider than its circle (the title is beneath), so its own first or last segment may pass over the box.
        if ((k === 1 && s === from) || (k === f.points.length - 1 && s === to)) continue;
        const inner = { x: s.box.x + 1, y: s.box.y + 1, width: s.box.width - 2, height: s.box.height - 2 };
        if (boxesOverlap(segment, inner)) problems.push(`${f.flow.id} crosses ${s.step.id}`);
      }
    }
  }
  return problems;
}

function onSide(p: Point, side: { x: number; yMin: number; yMax: number }): boolean {
  return Math.abs(p.x - side.x) < 0.01 && p.y >= side.yMin - 0.01 && p.y <= side.yMax + 0.01;
}
