import { line } from 'd3-shape';
import type { Point } from '../geometry/box.js';

const toPath = line<Point>()
  .x((p) => p.x)
  .y((p) => p.y)
  .digits(1);

/** SVG path data through the points, straight segments, rounded to one decimal. */
export function edgePath(points: readonly Point[]): string {
  return toPath([...points]) ?? '';
}
