import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';

// Pan and zoom for every drawn map, with toolbar buttons; the drawing's own content is moved
// into one group so that d3-zoom can transform it without touching the shapes.

// The smallest scale a map opens at: 13 px labels stay about 10 px high. A wide map opens at
// this scale from its left-hand end, where its flow starts, rather than shrunk to fit.
const READABLE = 0.8;
// Room kept around a shape brought into view.
const MARGIN = 16;

/** Adds pan and zoom to each map figure on the page. */
export function initZoom(doc: Document): void {
  for (const figure of doc.querySelectorAll<HTMLElement>('.map-figure')) {
    const svg = figure.querySelector<SVGSVGElement>('svg');
    if (svg === null) continue;
    const viewport = doc.createElementNS('http://www.w3.org/2000/svg', 'g');
    viewport.setAttribute('class', 'zoom-viewport');
    for (const child of [...svg.childNodes]) {
      if (!(child instanceof Element) || !['title', 'desc', 'defs', 'style'].includes(child.tagName)) viewport.appendChild(child);
    }
    svg.appendChild(viewport);
    figure.classList.add('is-zoomable');
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.2, 8])
      .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey : !(event as MouseEvent).button))
      .on('zoom', (event: { transform: { toString(): string } }) => viewport.setAttribute('transform', event.transform.toString()));
    const selection = select(svg);
    selection.call(behaviour);
    behaviour.transform(selection, openingZoom(svg));
    // A shape reached by Tab or the arrow keys is brought into view, so that focus is never hidden.
    svg.addEventListener('focusin', (event) => {
      const shape = (event.target as Element).closest<SVGGraphicsElement>('[tabindex]');
      if (shape !== null) reveal(svg, behaviour, shape);
    });
    const toolbar = figure.querySelector<HTMLElement>('.map-toolbar');
    if (toolbar === null) continue;
    toolbar.hidden = false;
    toolbar.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest('button')?.dataset['zoom'];
      if (action === 'in') behaviour.scaleBy(selection, 1.25);
      else if (action === 'out') behaviour.scaleBy(selection, 0.8);
      else if (action === 'fit') behaviour.transform(selection, zoomIdentity);
    });
  }
}

// A map that fits the figure at a readable scale is shown whole. A wider one gets a box as tall
// as its height at the readable scale (within the window) and is zoomed to that scale, top left.
function openingZoom(svg: SVGSVGElement): ReturnType<typeof zoomTransform> {
  const box = svg.viewBox.baseVal;
  const fit = svg.clientWidth / box.width;
  if (box.width === 0 || fit >= READABLE) return zoomIdentity;
  svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
  svg.style.setProperty('--opcc-map-height', `${Math.round(Math.min(box.height * READABLE, window.innerHeight * 0.75))}px`);
  return zoomIdentity.scale(READABLE / fit);
}

// Pans, at the current scale, just far enough that the shape lies inside the visible part.
function reveal(svg: SVGSVGElement, behaviour: ZoomBehavior<SVGSVGElement, unknown>, shape: SVGGraphicsElement): void {
  const box = svg.viewBox.baseVal;
  const scale = Math.min(svg.clientWidth / box.width, svg.clientHeight / box.height);
  if (!(scale > 0)) return;
  const visible = { width: svg.clientWidth / scale, height: svg.clientHeight / scale };
  const t = zoomTransform(svg);
  const b = shape.getBBox();
  const shift = (start: number, end: number, size: number) => (start < MARGIN ? MARGIN - start : end > size - MARGIN ? Math.max(size - MARGIN - end, MARGIN - start) : 0);
  const dx = shift(t.applyX(b.x), t.applyX(b.x + b.width), visible.width);
  const dy = shift(t.applyY(b.y), t.applyY(b.y + b.height), visible.height);
  if (dx !== 0 || dy !== 0) behaviour.transform(select(svg), t.translate(dx / t.k, dy / t.k));
}
