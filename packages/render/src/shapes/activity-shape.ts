import { element } from '../svg/markup.js';
import { PALETTE } from '../svg/palette.js';
import { boxedShape } from './boxed-shape.js';
import { roundedRectPath } from './outlines.js';

/** An activity: a round-corner rectangle showing its glossary number above its title. */
export const activityShape = boxedShape({
  kind: 'activity',
  width: 164,
  minHeight: 60,
  inset: { top: 0, right: 0, bottom: 0 },
  caption: (step) => step.code,
  outline: (box, fill) => element('path', { d: roundedRectPath(box, 10), fill, stroke: PALETTE.stroke, 'stroke-width': 1.5 }),
});
