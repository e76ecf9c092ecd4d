// The printed packs of a scenario print, of each module's map, only the A4 pieces that hold the module's focus steps:
// the rest of the map would be pages of dimmed shapes. The pieces are the site's own (print-pages.ts); this removes
// the others, and each piece left keeps its caption ("part 2 of 5"), so a reader knows where on the map it lies.
// The map's own page still prints it whole.
import type { Span } from './print-slices.js';

// The class of the first printed piece of a focused map: site.css (.print-focus .print-page.is-first-printed) names it too.
const FIRST_PRINTED_PIECE = 'is-first-printed';

interface Box {
  readonly x: Span;
  readonly y: Span;
}

/**
 * Reads where each focused map's focus steps lie while the map is drawn on screen, and removes the printed pieces that
 * hold none of them once the pieces are made: call it after preparePrinting, whose handlers make them.
 */
export function prepareFocusPrinting(doc: Document): void {
  const figures = [...doc.querySelectorAll<HTMLElement>('.print-focus .map-figure')].map((figure) => ({ figure, boxes: focusBoxes(figure) }));
  if (figures.length === 0) return;
  const mark = () => {
    for (const { figure, boxes } of figures) keepFocusedPieces(figure, boxes);
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
function keepFocusedPieces(figure: HTMLElement, boxes: readonly Box[]): void {
  // Without the focus steps' places (a map never drawn on screen), every piece is printed.
  if (boxes.length === 0) return;
  const pieces = [...figure.querySelectorAll<HTMLElement>('.print-page')].filter((piece) => {
    const windows = piece.querySelectorAll<SVGSVGElement>('svg.print-slice > svg');
    const view = windows[windows.length - 1]?.viewBox.baseVal;
    if (view === undefined) return true;
    const shown = { x: { start: view.x, end: view.x + view.width }, y: { start: view.y, end: view.y + view.height } };
    if (boxes.some((b) => overlaps(b.x, shown.x) && overlaps(b.y, shown.y))) return true;
    piece.remove();
    return false;
  });
  pieces[0]?.classList.add(FIRST_PRINTED_PIECE);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
