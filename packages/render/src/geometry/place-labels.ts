import { boxesOverlap, type Box, type Point } from './box.js';

/** A label to place somewhere along a straight line. */
export interface LineLabel {
  readonly from: Point;
  readonly to: Point;
  readonly width: number;
  readonly height: number;
  /** Where along the line it would rather be, from 0 to 1. */
  readonly preferred: number;
}

const OFFSETS = [0, -0.1, 0.1, -0.2, 0.2, -0.28, 0.28];

/**
 * Places labels along their lines, one after another, each at the first position (nearest its
 * preferred one) where it covers no obstacle and no label placed before it; when there is no
 * such position, where it covers the least area. Deterministic for a given order.
 */
export function placeLabels(labels: readonly LineLabel[], obstacles: readonly Box[]): Box[] {
  const placed: Box[] = [];
  for (const label of labels) {
    let best: Box | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const offset of OFFSETS) {
      const t = Math.min(0.85, Math.max(0.15, label.preferred + offset));
      const centre = { x: label.from.x + (label.to.x - label.from.x) * t, y: label.from.y + (label.to.y - label.from.y) * t };
      const box = { x: centre.x - label.width / 2, y: centre.y - label.height / 2, width: label.width, height: label.height };
      const cost = [...obstacles, ...placed].reduce((sum, other) => sum + overlapArea(box, other), 0);
      if (cost < bestCost) {
        best = box;
        bestCost = cost;
      }
      if (cost === 0) break;
    }
    placed.push(best as Box);
  }
  return placed;
}

function overlapArea(a: Box, b: Box): number {
  if (!boxesOverlap(a, b)) return 0;
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w * h;
}
