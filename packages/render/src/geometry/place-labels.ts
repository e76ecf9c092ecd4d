import { boxesOverlap, type Box, type Point } from './box.js';

/** A label to place at one of several centres, in order of preference. */
export interface LabelRequest {
  readonly centres: readonly Point[];
  readonly width: number;
  readonly height: number;
}

/** A thin obstacle belonging to one label's own line, which that label may cover. */
export interface OwnedObstacle {
  readonly owner: number;
  readonly box: Box;
}

/**
 * Places labels one after another, each at the first of its centres where it covers no
 * obstacle, no other label's line and no label placed before it; when there is none, where it
 * covers the least area. Deterministic for a given order.
 */
export function placeLabels(labels: readonly LabelRequest[], obstacles: readonly Box[], lines: readonly OwnedObstacle[] = []): Box[] {
  const placed: Box[] = [];
  for (const [index, label] of labels.entries()) {
    let best: Box = { x: 0, y: 0, width: label.width, height: label.height };
    let bestCost = Number.POSITIVE_INFINITY;
    for (const centre of label.centres) {
      const box = { x: centre.x - label.width / 2, y: centre.y - label.height / 2, width: label.width, height: label.height };
      let cost = 0;
      for (const other of obstacles) cost += overlapArea(box, other);
      for (const other of placed) cost += overlapArea(box, other);
      for (const line of lines) if (line.owner !== index) cost += overlapArea(box, line.box);
      if (cost < bestCost) {
        best = box;
        bestCost = cost;
      }
      if (cost === 0) break;
    }
    placed.push(best);
  }
  return placed;
}

const LINE_OFFSETS = [0, -0.1, 0.1, -0.2, 0.2, -0.28, 0.28];

/** Centres along a straight line around a preferred position (0 to 1), nearest first. */
export function centresAlongLine(from: Point, to: Point, preferred: number): Point[] {
  return LINE_OFFSETS.map((offset) => {
    const t = Math.min(0.85, Math.max(0.15, preferred + offset));
    return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
  });
}

/** Centres on a polyline: the middle, then the thirds, of each segment, longest segment first. */
export function centresAlongPolyline(points: readonly Point[]): Point[] {
  const segments = points.slice(1).map((q, i) => ({ p: points[i] as Point, q, length: Math.hypot(q.x - (points[i] as Point).x, q.y - (points[i] as Point).y), i }));
  segments.sort((a, b) => b.length - a.length || a.i - b.i);
  return segments.flatMap(({ p, q }) => [0.5, 0.33, 0.67].map((t) => ({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t })));
}

/** The segments of a polyline as thin boxes, owned by one label. */
export function lineObstacles(owner: number, points: readonly Point[]): OwnedObstacle[] {
  return points.slice(1).map((q, i) => {
    const p = points[i] as Point;
    return { owner, box: { x: Math.min(p.x, q.x) - 1, y: Math.min(p.y, q.y) - 1, width: Math.abs(q.x - p.x) + 2, height: Math.abs(q.y - p.y) + 2 } };
  });
}

function overlapArea(a: Box, b: Box): number {
  if (!boxesOverlap(a, b)) return 0;
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w * h;
}
