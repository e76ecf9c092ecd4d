// The printed form of every drawing on the page: one or more print-only pictures, each a window
// onto the drawing sized for an A4 landscape page, so that labels print at a readable size. The
// screen never shows them; print never shows the interactive map.
import { drawingSize, inertCopy, laneGeometry, shapeSpans } from './drawing-geometry.js';
import { printSlices, sliceWidth, type Slice } from './print-slices.js';

const SVG = 'http://www.w3.org/2000/svg';
/** A4 landscape less 12 mm margins (273 × 186 mm) in CSS px, less room for a caption line. */
export const PRINT_PAGE = { width: 1031, height: 640 } as const;
/** The figures that are printed this way. */
export const PRINTED_FIGURES = '.map-figure, .value-chain-figure, .grid-figure';

/**
 * Makes the print-only pictures when the page is about to be printed (or shown as printed), not
 * before: they copy every drawing, which a reader on screen never needs.
 */
export function preparePrinting(doc: Document): void {
  const prepare = () => addPrintPages(doc);
  addEventListener('beforeprint', prepare);
  const print = matchMedia('print');
  if (print.matches) prepare();
  else print.addEventListener('change', () => print.matches && prepare());
}

/** Adds the print-only pictures to every drawn figure of the page that has none yet. */
export function addPrintPages(doc: Document): void {
  for (const figure of doc.querySelectorAll<HTMLElement>(PRINTED_FIGURES)) {
    if (figure.classList.contains('has-print-pages')) continue;
    const svg = figure.querySelector<SVGSVGElement>('.map-viewport svg');
    if (svg === null || svg.viewBox.baseVal.width === 0) continue;
    const size = drawingSize(svg);
    const lanes = laneGeometry(svg);
    const shapes = shapeSpans(svg);
    const { scale, slices } = printSlices({ ...size, headerWidth: lanes.headerWidth, lanes: lanes.lanes, shapesX: shapes.x, shapesY: shapes.y }, PRINT_PAGE);
    const content = [...svg.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('lane-header-overlay')));
    const caption = figure.querySelector('figcaption')?.textContent?.trim() ?? '';
    const pages = doc.createElement('div');
    pages.className = 'print-pages';
    pages.setAttribute('aria-hidden', 'true');
    slices.forEach((slice, i) => {
      const page = doc.createElement('div');
      page.className = 'print-page';
      page.append(sliceSvg(svg, content, lanes.headers, slice, scale, lanes.headerWidth));
      const note = doc.createElement('p');
      note.className = 'print-caption';
      note.textContent = slices.length === 1 ? caption : `${caption} (part ${i + 1} of ${slices.length})`;
      page.append(note);
      pages.append(page);
    });
    figure.append(pages);
    figure.classList.add('has-print-pages');
    figure.dataset['printScale'] = String(scale);
  }
}

// One piece: the window onto the drawing, with the lane headers drawn again at its left when the
// window does not start at the drawing's left edge.
function sliceSvg(source: SVGSVGElement, content: readonly Node[], headers: readonly Node[], slice: Slice, scale: number, headerWidth: number): SVGSVGElement {
  const width = sliceWidth(slice, headerWidth);
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${slice.height}`, width: width * scale, height: slice.height * scale, class: 'print-slice', focusable: 'false' });
  const font = source.getAttribute('font-family');
  if (font !== null) svg.setAttribute('font-family', font);
  // A drawing styled by the site's stylesheet keeps its look in the copy only with the class those rules select.
  if (source.classList.contains(STYLED)) svg.classList.add(STYLED);
  const window = (x: number, at: number, w: number, nodes: Iterable<Node>) => {
    const inner = svgElement('svg', { x: at, y: 0, width: w, height: slice.height, viewBox: `${x} ${slice.y} ${w} ${slice.height}` });
    inner.append(inertCopy(nodes));
    return inner;
  };
  // The repeated headers are the lane headers alone: the map's title and legend are not drawn twice.
  if (slice.header) svg.append(window(0, 0, headerWidth, headers));
  svg.append(window(slice.x, slice.header ? headerWidth : 0, slice.width, content));
  return svg;
}

// The class of drawings styled by site.css rather than by attributes (the render package's classes styling).
const STYLED = 'opcc-styled';

function svgElement(name: string, attributes: Record<string, string | number>): SVGSVGElement {
  const el = document.createElementNS(SVG, name) as SVGSVGElement;
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  return el;
}
