import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';

// Pan and zoom for every drawn map, with toolbar buttons; the drawing's own content is moved
// into one group so that d3-zoom can transform it without touching the shapes.

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
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.2, 8])
      .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey : !(event as MouseEvent).button))
      .on('zoom', (event: { transform: { toString(): string } }) => viewport.setAttribute('transform', event.transform.toString()));
    const selection = select(svg);
    selection.call(behaviour);
    const toolbar = figure.parentElement?.querySelector<HTMLElement>('.map-toolbar');
    if (toolbar === null || toolbar === undefined) continue;
    toolbar.hidden = false;
    toolbar.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest('button')?.dataset['zoom'];
      if (action === 'in') behaviour.scaleBy(selection, 1.25);
      else if (action === 'out') behaviour.scaleBy(selection, 0.8);
      else if (action === 'fit') behaviour.transform(selection, zoomIdentity);
    });
  }
}
