import { centreLine, type Box } from './box.js';
import type { IndexEdge } from './clear-edges.js';

/** A straight edge between two boxes, by index, with the size of the label it carries. */
export interface LabelledIndexEdge extends IndexEdge {
  readonly label: { readonly width: number; readonly height: number };
}

/**
 * Pushes the two ends of each edge apart, along the line between their centres, until the
 * stretch of line between their borders is long enough for the labels on it (all of them, for
 * a pair joined both ways) with `margin` at each end. Each end moves half the distance.
 * Deterministic: pairs are visited in the order they first occur.
 */
export function makeRoomForLabels(boxes: readonly Box[], edges: readonly LabelledIndexEdge[], margin: number): Box[] {
  const out = boxes.map((b) => ({ ...b }));
  const pairs = new Map<string, { from: number; to: number; labels: Array<LabelledIndexEdge['label']> }>();
  for (const e of edges) {
    if (e.from === e.to) continue;
    const key = e.from < e.to ? `${e.from} ${e.to}` : `${e.to} ${e.from}`;
    const pair = pairs.get(key) ?? { from: e.from, to: e.to, labels: [] };
    pair.labels.push(e.label);
    pairs.set(key, pair);
  }
  for (const { from, to, labels } of pairs.values()) {
    const a = out[from];
    const b = out[to];
    if (a === undefined || b === undefined) continue;
    const line = centreLine(a, b);
    if (line === undefined) continue;
    const { length, ux, uy } = line;
    // How far the line runs inside each box, and how much of the line each label covers.
    const inside = reach(a, ux, uy) + reach(b, ux, uy);
    const needed = labels.reduce((sum, l) => sum + Math.abs(ux) * l.width + Math.abs(uy) * l.height + margin, margin);
    const short = inside + needed - length;
    if (short <= 0) continue;
    a.x -= (ux * short) / 2;
    a.y -= (uy * short) / 2;
    b.x += (ux * short) / 2;
    b.y += (uy * short) / 2;
  }
  return out;
}

// The distance from a box's centre to its border along the direction (ux, uy).
function reach(box: Box, ux: number, uy: number): number {
  const x = ux === 0 ? Number.POSITIVE_INFINITY : box.width / 2 / Math.abs(ux);
  const y = uy === 0 ? Number.POSITIVE_INFINITY : box.height / 2 / Math.abs(uy);
  return Math.min(x, y);
}
