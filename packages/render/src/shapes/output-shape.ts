import { element } from '../svg/markup.js';
import { PALETTE } from '../svg/palette.js';
import { boxedShape } from './boxed-shape.js';
import { documentPath } from './outlines.js';

const WAVE = 7;

/** An output: the document symbol, a page with a wavy bottom edge. */
export const outputShape = boxedShape({
  kind: 'output',
  width: 150,
  minHeight: 60,
  inset: { top: 0, right: 0, bottom: 2 * WAVE },
  outline: (box, fill) => element('path', { d: documentPath(box, WAVE), fill, stroke: PALETTE.stroke, 'stroke-width': 1.5 }),
  sides: (box) => ({ top: box.y + 4, bottom: box.y + box.height - 2 * WAVE - 2 }),
});
