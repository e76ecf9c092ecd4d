import { boxesOverlap, type Box, type Point } from './box.js';
import { segmentLengthInBox } from './segment-in-box.js';

/** A label to place at one of several centres, in order of preference. */
export interface LabelRequest {
  /** Where the label may go, best first; a centre's `penalty` is added to what covering costs there. */
  readonly centres: ReadonlyArray<Point & { readonly penalty?: number }>;
  readonly width: number;
  readonly height: number;
}

/** A segment of one label's own line, which that label may cover and other labels should not. */
export interface OwnedSegment {
  readonly owner: number;
  readonly from: Point;
  readonly to: Point;
}

// What covering costs, per unit of area or of line length: hiding a stakeholder or another
// label is far worse than a label's plate interrupting another line.
const COVER_BOX = 10;
const COVER_LINE = 4;

/**
 * Places labels one after another, each at the first of its centres where it covers no
 * obstacle, no other label's line and no label placed before it; when there is none, where
 * covering costs least. Then a few sweeps move each label that still covers something to
 * its cheapest centre given where all the others are, so an early label does not keep a spot
 * a later one needed more. Deterministic for a given order.
 */
export function placeLabels(labels: readonly LabelRequest[], obstacles: readonly Box[], lines: readonly OwnedSegment[] = []): Box[] {
  const placed: Box[] = [];
  const boxAt = (label: LabelRequest, centre: Point): Box => ({
    x: centre.x - label.width / 2,
    y: centre.y - label.height / 2,
    width: label.width,
    height: label.height,
  });
  const costOf = (index: number, box: Box, others: readonly Box[]): number => {
    let cost = 0;
    for (const other of obstacles) cost += COVER_BOX * overlapArea(box, other);
    others.forEach((other, j) => {
      if (j !== index) cost += COVER_BOX * overlapArea(box, other);
    });
    for (const line of lines) if (line.owner !== index) cost += COVER_LINE * segmentLengthInBox(line.from, line.to, box);
    return cost;
  };
  const cheapest = (index: number, label: LabelRequest, others: readonly Box[]): { box: Box; cost: number } => {
    let best = { box: boxAt(label, label.centres[0] ?? { x: label.width / 2, y: label.height / 2 }), cost: Number.POSITIVE_INFINITY };
    for (const centre of label.centres) {
      const box = boxAt(label, centre);
      const cost = (centre.penalty ?? 0) + costOf(index, box, others);
      if (cost < best.cost) best = { box, cost };
      if (cost === 0) break;
    }
    return best;
  };
  for (const [index, label] of labels.entries()) placed.push(cheapest(index, label, placed).box);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    let moved = false;
    for (const [index, label] of labels.entries()) {
      const now = placed[index] as Box;
      if (costOf(index, now, placed) === 0) continue;
      const better = cheapest(index, label, placed);
      if (better.box.x !== now.x || better.box.y !== now.y) {
        placed[index] = better.box;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return placed;
}

const SWEEPS = 4;

// A label beside its line is less clearly its line's than one on it: worth it to keep clear of a
// stakeholder or another label, not to avoid crossing a few pixels of another line.
const BESIDE_PENALTY = COVER_LINE * 60;

const LINE_OFFSETS = [0, -0.1, 0.1, -0.2, 0.2, -0.28, 0.28];

/**
 * Centres along a straight line around a preferred position (0 to 1), nearest first; then, for
 * a label of the given size, the same positions with the label beside the line, touching it on
 * either side, for when every place on the line is taken.
 */
export function centresAlongLine(
  from: Point,
  to: Point,
  preferred: number,
  size?: { readonly width: number; readonly height: number },
): LabelRequest['centres'] {
  const on = LINE_OFFSETS.map((offset) => {
    const t = Math.min(0.85, Math.max(0.15, preferred + offset));
    return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
  });
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (size === undefined || length === 0) return on;
  const nx = -(to.y - from.y) / length;
  const ny = (to.x - from.x) / length;
  const apart = (Math.abs(nx) * size.width + Math.abs(ny) * size.height) / 2 + 2;
  const beside = on.flatMap((c) => [1, -1].map((side) => ({ x: c.x + side * nx * apart, y: c.y + side * ny * apart, penalty: BESIDE_PENALTY })));
  return [...on, ...beside];
}

/** Centres on a polyline: the middle, then the thirds, of each segment, longest segment first. */
export function centresAlongPolyline(points: readonly Point[]): Point[] {
  const segments = points
    .slice(1)
    .map((q, i) => ({ p: points[i] as Point, q, length: Math.hypot(q.x - (points[i] as Point).x, q.y - (points[i] as Point).y), i }));
  segments.sort((a, b) => b.length - a.length || a.i - b.i);
  return segments.flatMap(({ p, q }) => [0.5, 0.33, 0.67].map((t) => ({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t })));
}

/** The segments of a polyline, owned by one label. */
export function lineObstacles(owner: number, points: readonly Point[]): OwnedSegment[] {
  return points.slice(1).map((to, i) => ({ owner, from: points[i] as Point, to }));
}

function overlapArea(a: Box, b: Box): number {
  if (!boxesOverlap(a, b)) return 0;
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w * h;
}
