import { element, fragment } from '../svg/markup.js';
import { PALETTE } from '../svg/palette.js';
import { outline, strokeLine } from '../svg/styling.js';
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
    return fragment([element('path', { d: page, ...outline(fill) }), element('path', { d: corner, ...strokeLine('1') })]);
  },
  sides: (box) => ({ top: box.y + FOLD + 2, bottom: box.y + box.height - 4 }),
});
