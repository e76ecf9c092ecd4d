import { element, fragment } from '../svg/markup.js';
import { PALETTE } from '../svg/palette.js';
import { inlineOnly, outline, strokeLine } from '../svg/styling.js';
import { boxedShape } from './boxed-shape.js';
import { plusBoxPath } from './outlines.js';

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
      element('rect', { x: box.x, y: box.y, width: box.width, height: box.height, rx: 10, ...outline(fill) }),
      element('rect', {
        x: box.x + 3,
        y: box.y + 3,
        width: box.width - 6,
        height: box.height - 6,
        rx: 8,
        ...strokeLine('0.75'),
      }),
      element('path', { class: 'drill-marker', d: marker.box, ...inlineOnly({ fill: PALETTE.shapeFill, stroke: PALETTE.stroke, 'stroke-width': 1 }) }),
      element('path', { d: marker.plus, ...strokeLine('1.25') }),
    ]);
  },
});
