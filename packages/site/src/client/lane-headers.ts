// Lane names stay in view while a wide map is moved sideways: a copy of the lane headers sits over
// the map's left edge, sticky in the scrolling box, at the map's scale.
import { inertCopy, laneGeometry } from './drawing-geometry.js';

/** Puts a sticky copy of the drawing's lane headers over its left edge; gives the function that rescales it, and the headers' width. */
export function stickyLaneHeaders(svg: SVGSVGElement): { width: number; rescale: (scale: number) => void } {
  const lanes = laneGeometry(svg);
  const height = svg.viewBox.baseVal.height;
  if (lanes.headerWidth <= 0 || lanes.headers.length === 0) return { width: 0, rescale: () => undefined };
  const overlay = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'svg');
  overlay.setAttribute('class', 'lane-header-overlay');
  overlay.setAttribute('viewBox', `0 0 ${lanes.headerWidth} ${height}`);
  overlay.setAttribute('aria-hidden', 'true');
  overlay.setAttribute('focusable', 'false');
  const font = svg.getAttribute('font-family');
  if (font !== null) overlay.setAttribute('font-family', font);
  // A drawing styled by the site's stylesheet keeps its look in the copy only with the class those rules select.
  if (svg.classList.contains('opcc-styled')) overlay.classList.add('opcc-styled');
  // The margin left of the headers is covered too, so that no part of the map shows through it.
  const top = Math.min(...lanes.lanes.map((l) => l.start));
  const bottom = Math.max(...lanes.lanes.map((l) => l.end));
  if (Number.isFinite(top) && Number.isFinite(bottom)) {
    const cover = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'rect');
    for (const [name, value] of Object.entries({ x: 0, y: top, width: lanes.headerWidth, height: bottom - top, class: 'lane-header-cover' })) cover.setAttribute(name, String(value));
    overlay.append(cover);
  }
  overlay.append(inertCopy(lanes.headers));
  svg.after(overlay);
  return {
    width: lanes.headerWidth,
    rescale: (scale) => {
      overlay.style.width = `${lanes.headerWidth * scale}px`;
      overlay.style.height = `${height * scale}px`;
    },
  };
}
