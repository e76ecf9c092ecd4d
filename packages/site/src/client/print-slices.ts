// How a drawing is cut into printed pages. A map printed whole on one A4 page is unreadable when
// it is wide, so a drawing whose smallest label would print below SMALLEST_PRINT_PT is printed at
// the scale that keeps it at that size, cut into columns (the lane headers repeated at the left
// of each) and, when too tall, into rows of whole lanes.

/** The smallest printed size of a label, in points. */
export const SMALLEST_PRINT_PT = 8;
/** The largest scale a small drawing is printed at. */
export const LARGEST_PRINT_SCALE = 1.5;
/** CSS px to points. */
export const PT_PER_PX = 0.75;

/** A span along one axis, in drawing units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What the slicer needs to know of a drawing, in its own units. */
export interface SliceInput {
  readonly width: number;
  readonly height: number;
  readonly smallestLabel: number;
  /** Width of the lane headers at the left, repeated on every column after the first; 0 without lanes. */
  readonly headerWidth: number;
  /** The lanes from top to bottom: rows are cut between them. */
  readonly lanes: readonly Span[];
  /** Horizontal extents of the shapes: columns are cut between them where they can be. */
  readonly shapesX: readonly Span[];
  /** Vertical extents of the shapes: rows are cut between them where they can be. */
  readonly shapesY: readonly Span[];
}

/** One printed piece of the drawing: a window onto it, in drawing units. */
export interface Slice {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** True when the lane headers are drawn again at the left of this piece. */
  readonly header: boolean;
}

/** The printed pieces of a drawing and the scale (CSS px per drawing unit) they print at. */
export interface Slices {
  readonly scale: number;
  readonly slices: readonly Slice[];
}

/** Cuts a drawing into pieces that each fit a page of `page` CSS px at a readable scale. */
export function printSlices(drawing: SliceInput, page: { readonly width: number; readonly height: number }): Slices {
  const whole = Math.min(page.width / drawing.width, page.height / drawing.height, LARGEST_PRINT_SCALE);
  const readable = SMALLEST_PRINT_PT / PT_PER_PX / drawing.smallestLabel;
  if (whole >= readable) return { scale: whole, slices: [{ x: 0, y: 0, width: drawing.width, height: drawing.height, header: false }] };
  // A hair above the exact size, so that rounding in the browser cannot print a label at 7.99 pt.
  const scale = readable * 1.01;
  const rows = cutRows(drawing, page.height / scale);
  const room = page.width / scale;
  // Headers that would take more than half a page are not repeated: the columns after them would have no room to advance.
  const repeat = drawing.headerWidth > 0 && drawing.headerWidth <= room / 2;
  const columns = cutColumns(drawing, room, repeat ? drawing.headerWidth : 0);
  return {
    scale,
    slices: rows.flatMap((row) => columns.map((col, i) => ({ x: col.start, y: row.start, width: col.end - col.start, height: row.end - row.start, header: i > 0 && repeat }))),
  };
}

/** The width a slice takes on the page, in drawing units: its window plus any repeated headers. */
export function sliceWidth(slice: Slice, headerWidth: number): number {
  return slice.width + (slice.header ? headerWidth : 0);
}

// Rows end between whole lanes where they can, else between shapes; a lane taller than a page is cut.
function cutRows(drawing: SliceInput, room: number): Span[] {
  return cut(drawing.height, room, room, [...drawing.lanes.map((l) => l.end), ...drawing.shapesY.map((s) => s.start - 1)], drawing.shapesY);
}

// Columns end in the gaps between shapes; later ones leave room for the lane headers drawn again.
function cutColumns(drawing: SliceInput, room: number, headerWidth: number): Span[] {
  return cut(drawing.width, room, room - headerWidth, drawing.shapesX.map((s) => s.start - 1), drawing.shapesX);
}

// Cuts 0..length into pieces no longer than the room, each ending at the furthest candidate in the
// later half of its piece that lies in no shape; a piece with no such candidate ends where its room does.
function cut(length: number, firstRoom: number, laterRoom: number, candidates: readonly number[], shapes: readonly Span[]): Span[] {
  const pieces: Span[] = [];
  const inside = (at: number) => shapes.some((s) => s.start < at && at < s.end);
  let start = 0;
  while (start < length - 0.5) {
    const room = pieces.length === 0 ? firstRoom : laterRoom;
    const limit = start + room;
    const fits = candidates.filter((at) => at <= limit && at > start + room / 2 && !inside(at));
    const end = limit >= length ? length : fits.length > 0 ? Math.max(...fits) : limit;
    pieces.push({ start, end });
    start = end;
  }
  return pieces;
}
