// The scales a drawing is shown at. Labels are what people read, so every scale is chosen from
// the smallest label in the drawing: on screen it is never drawn below READABLE_PX by the
// opening view or by "Fit", whatever the size of the map.

/** The smallest on-screen size, in CSS px, of a map's smallest label at the opening view and after "Fit". */
export const READABLE_PX = 11;
/** The largest scale a map opens at: a small map on a wide screen is not blown up. */
export const LARGEST_OPENING = 1.25;
/** The largest scale "Fit" goes to. */
export const LARGEST_FIT = 2;

/** A drawing's size in its own units, and its smallest label. */
export interface DrawingSize {
  readonly width: number;
  readonly height: number;
  /** The smallest font size of the drawing's labels, in its own units. */
  readonly smallestLabel: number;
}

/** The room a drawing has on screen, in CSS px; `height` is the most its box may take. */
export interface Room {
  readonly width: number;
  readonly height: number;
}

/** A scale and whether the drawing, at that scale, is wider than its box. */
export interface Scaled {
  readonly scale: number;
  /** True when the map scrolls sideways at this scale: the hint then says so. */
  readonly tooWide: boolean;
}

/** The smallest scale at which the smallest label is readable. */
export function readableScale(drawing: DrawingSize): number {
  return drawing.smallestLabel > 0 ? READABLE_PX / drawing.smallestLabel : 1;
}

/**
 * "Fit to screen": the whole drawing when that keeps labels readable; otherwise the readable
 * scale, at which the drawing fits its height (when it can) and scrolls sideways.
 */
export function fitScale(drawing: DrawingSize, room: Room, largest = LARGEST_FIT): Scaled {
  const whole = Math.min(room.width / drawing.width, room.height / drawing.height, largest);
  const scale = Math.max(whole, readableScale(drawing));
  return { scale, tooWide: drawing.width * scale > room.width + 0.5 };
}

/** The opening view: as "Fit", but never larger than {@link LARGEST_OPENING}. */
export function openingScale(drawing: DrawingSize, room: Room): Scaled {
  return fitScale(drawing, room, Math.max(LARGEST_OPENING, readableScale(drawing)));
}

/** The smallest scale the zoom-out button goes to: the whole drawing, even if its labels are then small. */
export function smallestScale(drawing: DrawingSize, room: Room): number {
  return Math.min(room.width / drawing.width, room.height / drawing.height, readableScale(drawing));
}
