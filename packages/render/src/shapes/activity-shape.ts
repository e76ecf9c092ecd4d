import { element } from '../svg/markup.js';
import { outline } from '../svg/styling.js';
import { boxedShape } from './boxed-shape.js';

/** An activity: a round-corner rectangle showing its glossary number above its title. */
export const activityShape = boxedShape({
  kind: 'activity',
  width: 164,
  minHeight: 60,
  inset: { top: 0, right: 0, bottom: 0 },
  caption: (step) => step.code,
  outline: (box, fill) => element('rect', { x: box.x, y: box.y, width: box.width, height: box.height, rx: 10, ...outline(fill) }),
});
