import { pathRound } from 'd3-path';
import type { Box } from '../../geometry/box.js';

/** A chevron pointing right with a point `tip` deep; the first of a chain has a flat left side. */
export function chevronPath(box: Box, tip: number, first: boolean): string {
  const { x, y, width: w, height: h } = box;
  const p = pathRound(1);
  p.moveTo(x, y);
  p.lineTo(x + w - tip, y);
  p.lineTo(x + w, y + h / 2);
  p.lineTo(x + w - tip, y + h);
  p.lineTo(x, y + h);
  if (!first) p.lineTo(x + tip, y + h / 2);
  p.closePath();
  return p.toString();
}
