import { pathRound } from 'd3-path';
import type { Point } from '../geometry/box.js';
import { edgePath } from './edge-path.js';

const LENGTH = 10;
const HALF_WIDTH = 4.5;

/**
 * The head of {@link arrowPaths} as the content of an SVG marker: its tip at (10, 4.5), and its reference point, which
 * sits on the end of the line, 1 back from its base, so that the line ends inside the head as it does without a marker.
 */
export const ARROW_MARKER = {
  width: LENGTH,
  height: 2 * HALF_WIDTH,
  refX: 1,
  refY: HALF_WIDTH,
  path: `M${LENGTH},${HALF_WIDTH}L0,${2 * HALF_WIDTH}L0,0Z`,
} as const;

/**
 * The line of an arrow through `points` and its head(s) as filled triangles. Heads are drawn
 * as paths rather than SVG markers: resvg aborts the process on a marker whose path lies
 * outside the canvas, and plain paths print the same everywhere. With `marker` (a page's drawing, one-way arrows only)
 * the head is left to {@link ARROW_MARKER} when its last segment is long enough for a whole head, and `marked` says so.
 */
export function arrowPaths(points: readonly Point[], twoWay = false, marker = false): { line: string; heads: string; marked: boolean } {
  if (points.length < 2) return { line: edgePath(points), heads: '', marked: false };
  const line = [...points];
  const heads = pathRound(1);
  const [from, tip] = [line[line.length - 2] as Point, line[line.length - 1] as Point];
  const marked = marker && !twoWay && Math.hypot(tip.x - from.x, tip.y - from.y) >= LENGTH;
  line[line.length - 1] = head(from, tip, marked ? undefined : heads);
  if (twoWay) line[0] = head(line[1] as Point, line[0] as Point, heads);
  return { line: edgePath(line), heads: heads.toString(), marked };
}

// Draws a head with its tip at `tip`, pointing from `from`, into `path` when given; returns where the line should stop.
function head(from: Point, tip: Point, path: ReturnType<typeof pathRound> | undefined): Point {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return tip;
  const ux = dx / length;
  const uy = dy / length;
  const size = Math.min(LENGTH, length);
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  path?.moveTo(tip.x, tip.y);
  path?.lineTo(bx - uy * HALF_WIDTH, by + ux * HALF_WIDTH);
  path?.lineTo(bx + uy * HALF_WIDTH, by - ux * HALF_WIDTH);
  path?.closePath();
  return { x: tip.x - ux * (size - 1), y: tip.y - uy * (size - 1) };
}
