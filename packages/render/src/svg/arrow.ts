import { pathRound } from 'd3-path';
import type { Point } from '../geometry/box.js';
import { edgePath } from './edge-path.js';

const LENGTH = 10;
const HALF_WIDTH = 4.5;

/**
 * The line of an arrow through `points` and its head(s) as filled triangles. Heads are drawn
 * as paths rather than SVG markers: resvg aborts the process on a marker whose path lies
 * outside the canvas, and plain paths print the same everywhere.
 */
export function arrowPaths(points: readonly Point[], twoWay = false): { line: string; heads: string } {
  if (points.length < 2) return { line: edgePath(points), heads: '' };
  const line = [...points];
  const heads = pathRound(1);
  const end = head(line[line.length - 2] as Point, line[line.length - 1] as Point, heads);
  line[line.length - 1] = end;
  if (twoWay) line[0] = head(line[1] as Point, line[0] as Point, heads);
  return { line: edgePath(line), heads: heads.toString() };
}

// Draws a head with its tip at `tip`, pointing from `from`; returns where the line should stop.
function head(from: Point, tip: Point, path: ReturnType<typeof pathRound>): Point {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return tip;
  const ux = dx / length;
  const uy = dy / length;
  const size = Math.min(LENGTH, length);
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  path.moveTo(tip.x, tip.y);
  path.lineTo(bx - uy * HALF_WIDTH, by + ux * HALF_WIDTH);
  path.lineTo(bx + uy * HALF_WIDTH, by - ux * HALF_WIDTH);
  path.closePath();
  return { x: tip.x - ux * (size - 1), y: tip.y - uy * (size - 1) };
}
