import { eventShape } from './event-shape.js';

/** A start event: a circle with a thin border. */
export const startShape = eventShape('start', 1.5);
