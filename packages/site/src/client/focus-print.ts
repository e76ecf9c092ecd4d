// The printed packs of a scenario print, of each module's map, only the A4 pieces that hold the module's focus steps:
// the rest of the map would be pages of dimmed shapes. The pieces are the site's own (print-pages.ts); this marks
// the ones to leave out, and print styles hide them. The map's own page still prints it whole.
import type { Span } from './print-slices.js';

/** The class of a printed piece of a focused map that holds none of its focus steps. */
export const UNFOCUSED_PIECE = 'is-unfocused';
/** The class of the first printed piece of a focused map. */
export const FIRST_PRINTED_PIECE = 'is-first-printed';

interface Box {
  readonly x: Span;
  readonly y: Span;
}

/**
 * Reads where each focused map's focus steps lie while the map is drawn on screen, and marks the printed pieces that
 * hold none of them once the pieces are made (after {@link preparePrinting} has made them, so call this after it).
 */
export function prepareFocusPrinting(doc: Document): void {
  const figures = [...doc.querySelectorAll<HTMLElement>('.print-focus .map-figure')].map((figure) => ({ figure, boxes: focusBoxes(figure) }));
  if (figures.length === 0) return;
  const mark = () => {
    for (const { figure, boxes } of figures) markPieces(figure, boxes);
  };
  addEventListener('beforeprint', mark);
  const print = matchMedia('print');
  if (print.matches) mark();
  else print.addEventListener('change', () => print.matches && mark());
}

function focusBoxes(figure: HTMLElement): Box[] {
  const svg = figure.querySelector<SVGSVGElement>('.map-viewport svg');
  if (svg === null) return [];
  return [...svg.querySelectorAll<SVGGraphicsElement>('.focus-step')]
    .map((shape) => shape.getBBox())
    .filter((b) => b.width > 0 && b.height > 0)
    .map((b) => ({ x: { start: b.x, end: b.x + b.width }, y: { start: b.y, end: b.y + b.height } }));
}

// A piece's last inner picture is its window onto the drawing (a first one, when there are two, repeats the lane headers).
function markPieces(figure: HTMLElement, boxes: readonly Box[]): void {
  // Without the focus steps' places (a map never drawn on screen), every piece is printed.
  if (boxes.length === 0) return;
  const pieces = [...figure.querySelectorAll<HTMLElement>('.print-page')];
  for (const piece of pieces) {
    const windows = piece.querySelectorAll<SVGSVGElement>('svg.print-slice > svg');
    const view = windows[windows.length - 1]?.viewBox.baseVal;
    if (view === undefined) continue;
    const shown = { x: { start: view.x, end: view.x + view.width }, y: { start: view.y, end: view.y + view.height } };
    piece.classList.toggle(UNFOCUSED_PIECE, !boxes.some((b) => overlaps(b.x, shown.x) && overlaps(b.y, shown.y)));
  }
  // The first piece printed may follow the module's text on its page, as a map's first piece does.
  pieces.find((piece) => !piece.classList.contains(UNFOCUSED_PIECE))?.classList.add(FIRST_PRINTED_PIECE);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
