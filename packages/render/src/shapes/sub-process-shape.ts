import { element, fragment } from '../svg/markup.js';
import { PALETTE } from '../svg/palette.js';
import { boxedShape } from './boxed-shape.js';
import { plusBoxPath, roundedRectPath } from './outlines.js';

const MARKER = 12;

/** A sub-process: a round-corner rectangle with a double border and a ⊞ drill-down marker at the bottom. */
export const subProcessShape = boxedShape({
  kind: 'sub-process',
  width: 164,
  minHeight: 64,
  inset: { top: 0, right: 0, bottom: MARKER + 2 },
  outline: (box, fill) => {
    const marker = plusBoxPath(box.x + box.width / 2, box.y + box.height - MARKER / 2 - 5, MARKER);
    return fragment([
      element('path', { d: roundedRectPath(box, 10), fill, stroke: PALETTE.stroke, 'stroke-width': 1.5 }),
      element('path', {
        d: roundedRectPath({ x: box.x + 3, y: box.y + 3, width: box.width - 6, height: box.height - 6 }, 8),
        fill: 'none',
        stroke: PALETTE.stroke,
        'stroke-width': 0.75,
      }),
      element('path', { class: 'drill-marker', d: marker.box, fill: PALETTE.shapeFill, stroke: PALETTE.stroke, 'stroke-width': 1 }),
      element('path', { d: marker.plus, fill: 'none', stroke: PALETTE.stroke, 'stroke-width': 1.25 }),
    ]);
  },
});
