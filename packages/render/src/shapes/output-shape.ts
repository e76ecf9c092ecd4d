import { element } from '../svg/markup.js';
import { outline } from '../svg/styling.js';
import { boxedShape } from './boxed-shape.js';
import { documentPath } from './outlines.js';

const WAVE = 7;

/** An output: the document symbol, a page with a wavy bottom edge. */
export const outputShape = boxedShape({
  kind: 'output',
  width: 150,
  minHeight: 60,
  inset: { top: 0, right: 0, bottom: 2 * WAVE },
  outline: (box, fill) => element('path', { d: documentPath(box, WAVE), ...outline(fill) }),
  sides: (box) => ({ top: box.y + 4, bottom: box.y + box.height - 2 * WAVE - 2 }),
});
