import type { Box, Point } from '../geometry/box.js';
import { boxContains, boxesOverlap } from '../geometry/box.js';
import { segmentLengthInBox } from '../geometry/segment-in-box.js';
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

/**
 * Everything wrong with the flow labels of a laid-out process map: a label that covers a shape
 * or another label, that is cut short, or that is not next to its own arrow (within `reach`).
 */
export function flowLabelProblems(map: LaidOutProcessMap, reach = 8): string[] {
  const problems: string[] = [];
  const labelled = map.flows.filter((f) => f.label !== undefined && f.flow.label !== undefined);
  labelled.forEach((f, i) => {
    const box = f.label as Box;
    const words = f.flow.label?.lines.join(' ') ?? '';
    for (const s of map.steps) if (boxesOverlap(box, s.box)) problems.push(`label "${words}" of ${f.flow.id} covers ${s.step.id}`);
    for (const g of labelled.slice(i + 1))
      if (boxesOverlap(box, g.label as Box)) problems.push(`label "${words}" of ${f.flow.id} covers the label of ${g.flow.id}`);
    if (f.flow.label?.lines.some((line) => line.endsWith('…')) === true) problems.push(`label "${words}" of ${f.flow.id} is cut short`);
    const near = { x: box.x - reach, y: box.y - reach, width: box.width + 2 * reach, height: box.height + 2 * reach };
    const beside = f.points.slice(1).some((q, k) => segmentLengthInBox(f.points[k] as Point, q, near) > 0);
    if (!beside) problems.push(`label "${words}" of ${f.flow.id} is not next to its arrow`);
  });
  return problems;
}

/**
 * Lanes that are drawn with no step in them, or taller than their content plus `padding` at top
 * and bottom. A lane's content runs from its highest shape to its lowest shape or flow corner
 * (a corridor), unless the lane's title is taller.
 */
export function laneProblems(map: LaidOutProcessMap, padding: number): string[] {
  const problems: string[] = [];
  map.lanes.forEach((lane, l) => {
    const name = lane.lane.id ?? `lane ${l}`;
    const shapes = map.steps.filter((s) => s.step.lane === l).map((s) => s.box);
    if (shapes.length === 0) {
      problems.push(`${name} is drawn with no steps`);
      return;
    }
    const top = Math.min(...shapes.map((b) => b.y));
    const inLane = (y: number) => y >= lane.box.y && y <= lane.box.y + lane.box.height;
    const corners = map.flows.flatMap((f) => f.points.map((p) => p.y).filter(inLane));
    const bottom = Math.max(...shapes.map((b) => b.y + b.height), ...corners);
    const content = Math.max(bottom - top, lane.lane.label?.height ?? 0);
    if (lane.box.height > content + 2 * padding + 0.01)
      problems.push(`${name} is ${lane.box.height.toFixed(1)} high for ${content.toFixed(1)} of content (padding ${padding})`);
  });
  return problems;
}
