// What the client reads from a drawn SVG: its size in its own units, its smallest label, its
// lanes and lane headers, and where its shapes lie. Lane headers are the `.lane-header` groups
// the renderer marks; a drawing from before those groups has its header as the leftmost
// rectangle of each lane, with the lane's name.
import type { DrawingSize } from './map-scale.js';
import type { Span } from './print-slices.js';

/** The lanes of a process map: their vertical spans and the width of the headers at their left. */
export interface LaneGeometry {
  readonly headerWidth: number;
  readonly lanes: readonly Span[];
  /** The elements that draw the headers, to be copied where the headers must stay in view. */
  readonly headers: readonly SVGGraphicsElement[];
}

/** The drawing's size from its viewBox, and its smallest label. */
export function drawingSize(svg: SVGSVGElement): DrawingSize {
  const box = svg.viewBox.baseVal;
  const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(t.getAttribute('font-size') ?? getComputedStyle(t).fontSize)).filter((n) => n > 0);
  return { width: box.width, height: box.height, smallestLabel: sizes.length === 0 ? 1 : Math.min(...sizes) };
}

/** The lane headers of a process map; none (width 0) for any other drawing. */
export function laneGeometry(svg: SVGSVGElement): LaneGeometry {
  const marked = [...svg.querySelectorAll<SVGGraphicsElement>('.lane-header')];
  const lanes = [...svg.querySelectorAll<SVGGraphicsElement>('.lane')].map((lane) => lane.getBBox()).map((b) => ({ start: b.y, end: b.y + b.height }));
  // A changed lane's header sits in a group with its badge (an option's changes view): the copy must carry the badge too.
  const copied = marked.map((h) => h.closest<SVGGraphicsElement>('.lane-change') ?? h);
  if (marked.length > 0) return { headerWidth: Math.max(...marked.map((h) => h.getBBox()).map((b) => b.x + b.width)), lanes, headers: copied };
  const headers = [...svg.querySelectorAll<SVGGElement>('.lane')].flatMap((lane) => {
    const rects = [...lane.querySelectorAll<SVGRectElement>(':scope > rect')].sort((a, b) => a.x.baseVal.value - b.x.baseVal.value);
    const first = rects[0];
    return first === undefined || rects.length < 2 ? [] : [first, ...lane.querySelectorAll<SVGTextElement>(':scope > text')];
  });
  const right = headers.filter((h) => h instanceof SVGRectElement).map((r) => (r as SVGRectElement).x.baseVal.value + (r as SVGRectElement).width.baseVal.value);
  return { headerWidth: right.length === 0 ? 0 : Math.max(...right), lanes, headers: right.length === 0 ? [] : headers };
}

/** The boxes of the drawing's shapes, as horizontal and vertical spans. */
export function shapeSpans(svg: SVGSVGElement): { x: Span[]; y: Span[] } {
  const boxes = [...svg.querySelectorAll<SVGGraphicsElement>('[data-step], .shape, .node')].map((s) => s.getBBox());
  return { x: boxes.map((b) => ({ start: b.x, end: b.x + b.width })), y: boxes.map((b) => ({ start: b.y, end: b.y + b.height })) };
}

// Copies made so far, which number the ids of the markers in each copy.
let copies = 0;

/**
 * A copy of drawn elements for a second picture of the same drawing: no ids, nothing to focus or announce. Only an
 * arrow-head marker keeps an id, made new for the copy, with its lines pointing to it: the original may not be drawn
 * (in print it is not), and a marker that is not drawn lends its look to no other picture.
 */
export function inertCopy(nodes: Iterable<Node>): SVGGElement {
  const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  const suffix = `-copy${++copies}`;
  for (const node of nodes) {
    if (node instanceof Element && ['title', 'desc', 'style'].includes(node.tagName)) continue;
    const copy = node.cloneNode(true);
    if (copy instanceof Element) {
      // Nor does a copy answer to what finds the shapes of the map (data-step and the like) or show their state.
      for (const el of [copy, ...copy.querySelectorAll('*')]) {
        for (const name of [...el.getAttributeNames()]) if (/^(id|tabindex|role|aria-.*|data-.*)$/.test(name)) el.removeAttribute(name);
        el.classList.remove('is-selected');
      }
      for (const [el, original] of markerPairs(node, copy)) el.id = `${original.id}${suffix}`;
      for (const el of [copy, ...copy.querySelectorAll('[marker-end]')]) {
        const end = el.getAttribute('marker-end');
        if (end !== null) el.setAttribute('marker-end', end.replace(/^url\(#(.+)\)$/, `url(#$1${suffix})`));
      }
    }
    group.appendChild(copy);
  }
  group.setAttribute('aria-hidden', 'true');
  return group;
}

// The markers of a copy, each with the element it was copied from (in the same place of the same tree).
function markerPairs(original: Node, copy: Element): Array<[Element, Element]> {
  if (!(original instanceof Element)) return [];
  const from = original.tagName === 'marker' ? [original] : [...original.querySelectorAll('marker')];
  const to = copy.tagName === 'marker' ? [copy] : [...copy.querySelectorAll('marker')];
  return to.flatMap((el, i) => {
    const source = from[i];
    return source === undefined || source.id === '' ? [] : [[el, source] as [Element, Element]];
  });
}
