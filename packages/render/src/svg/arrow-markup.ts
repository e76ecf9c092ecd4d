import type { Point } from '../geometry/box.js';
import { arrowPaths } from './arrow.js';
import { element, type Markup } from './markup.js';
import { PALETTE } from './palette.js';
import { inlineOnly } from './styling.js';

/** An arrow as two paths: the line, then the filled head(s). */
export function arrow(points: readonly Point[], twoWay = false): [Markup, Markup] {
  const { line, heads } = arrowPaths(points, twoWay);
  return [
    element('path', { class: 'arrow-line', d: line, ...inlineOnly({ fill: 'none', stroke: PALETTE.edge, 'stroke-width': 1.5 }) }),
    element('path', { class: 'arrow-head', d: heads, ...inlineOnly({ fill: PALETTE.edge }) }),
  ];
}
