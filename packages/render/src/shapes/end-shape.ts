import { eventShape } from './event-shape.js';

/** An end event: a circle with a thick border. */
export const endShape = eventShape('end', 4);
