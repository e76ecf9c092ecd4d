import { element, fragment } from '../svg/markup.js';
import { PALETTE } from '../svg/palette.js';
import { boxedShape } from './boxed-shape.js';
import { foldedPagePath } from './outlines.js';

const FOLD = 14;

/** Reference material: a page with a folded top-right corner. */
export const referenceShape = boxedShape({
  kind: 'reference',
  width: 150,
  minHeight: 60,
  inset: { top: FOLD / 2, right: FOLD / 2, bottom: 0 },
  outline: (box, fill) => {
    const { page, corner } = foldedPagePath(box, FOLD);
    return fragment([
      element('path', { d: page, fill, stroke: PALETTE.stroke, 'stroke-width': 1.5 }),
      element('path', { d: corner, fill: 'none', stroke: PALETTE.stroke, 'stroke-width': 1 }),
    ]);
  },
  sides: (box) => ({ top: box.y + FOLD + 2, bottom: box.y + box.height - 4 }),
});
