/** A point in SVG user units. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned rectangle in SVG user units: top-left corner and size. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** True when two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when `inner` lies inside `outer`, allowing a rounding tolerance. */
export function boxContains(outer: Box, inner: Box, tolerance = 0.01): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.width <= outer.x + outer.width + tolerance &&
    inner.y + inner.height <= outer.y + outer.height + tolerance
  );
}

/** The centre of a box. */
export function centreOf(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The line from one box's centre to another's: where it starts, its length and its unit direction; undefined when the centres meet. */
export function centreLine(a: Box, b: Box): { readonly p: Point; readonly length: number; readonly ux: number; readonly uy: number } | undefined {
  const p = centreOf(a);
  const q = centreOf(b);
  const length = Math.hypot(q.x - p.x, q.y - p.y);
  return length === 0 ? undefined : { p, length, ux: (q.x - p.x) / length, uy: (q.y - p.y) / length };
}
