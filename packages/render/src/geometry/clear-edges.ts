import { centreLine, centreOf, type Box } from './box.js';

/** A straight edge between two boxes, by index. */
export interface IndexEdge {
  readonly from: number;
  readonly to: number;
}

/**
 * Moves boxes off straight edges that they are not an end of: a box that a line between two
 * other boxes' centres passes through (or within `margin` of) is pushed sideways, away from
 * the line, until it clears. A few rounds, in index order, so the result is deterministic.
 */
export function clearEdges(boxes: readonly Box[], edges: readonly IndexEdge[], margin: number, rounds = 30): Box[] {
  const out = boxes.map((b) => ({ ...b }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (const edge of edges) {
      const a = out[edge.from];
      const b = out[edge.to];
      if (a === undefined || b === undefined) continue;
      const line = centreLine(a, b);
      if (line === undefined) continue;
      const { p, length, ux, uy } = line;
      const nx = -uy;
      const ny = ux;
      out.forEach((box, i) => {
        if (i === edge.from || i === edge.to) return;
        const c = centreOf(box);
        const along = (c.x - p.x) * ux + (c.y - p.y) * uy;
        const reach = Math.abs(ux) * (box.width / 2) + Math.abs(uy) * (box.height / 2);
        if (along < -reach || along > length + reach) return;
        const side = (c.x - p.x) * nx + (c.y - p.y) * ny;
        const clearance = Math.abs(nx) * (box.width / 2) + Math.abs(ny) * (box.height / 2) + margin;
        if (Math.abs(side) >= clearance) return;
        const sign = side >= 0 ? 1 : -1;
        const push = clearance - Math.abs(side) + 0.5;
        box.x += sign * nx * push;
        box.y += sign * ny * push;
        moved = true;
      });
    }
    if (!moved) break;
  }
  return out;
}
