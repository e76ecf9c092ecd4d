import type { Point } from '../geometry/box.js';
import { ARROW_MARKER, arrowPaths } from './arrow.js';
import { element, type Markup } from './markup.js';
import { PALETTE } from './palette.js';
import { inlineOnly, styledByClasses } from './styling.js';

/**
 * An arrow as two paths: the line, then the filled head(s). With `marker`, the line of a one-way arrow ends in the
 * marker its group names (see {@link arrowMarker}) and no head is drawn, unless its last segment is shorter than a head:
 * then the head is drawn as a path and the line opts out of the marker.
 */
export function arrow(points: readonly Point[], twoWay = false, marker = false): Array<Markup | false> {
  const { line, heads, marked } = arrowPaths(points, twoWay, marker);
  return [
    element('path', {
      // A page's stylesheet styles a flow's line as its path with no class (site.css): one class fewer per flow.
      class: styledByClasses() ? undefined : 'arrow-line',
      d: line,
      'marker-end': marker && !marked ? 'none' : undefined,
      ...inlineOnly({ fill: 'none', stroke: PALETTE.edge, 'stroke-width': 1.5 }),
    }),
    !marked && element('path', { class: 'arrow-head', d: heads, ...inlineOnly({ fill: PALETTE.edge }) }),
  ];
}

/** The arrow head as a marker with the given id, drawn in the colour that its class gives it (`arrow-head`, in site.css). */
export function arrowMarker(id: string, className = 'arrow-head'): Markup {
  const { width, height, refX, refY, path } = ARROW_MARKER;
  return element('marker', { id, class: className, markerUnits: 'userSpaceOnUse', markerWidth: width, markerHeight: height, refX, refY, orient: 'auto' }, [
    element('path', { d: path }),
  ]);
}
