import { FONT_FAMILY } from '../text/measure-text.js';
import { element, text, type Markup } from './markup.js';
import { PALETTE } from './palette.js';

/** What every drawing needs at its root. */
export interface SvgDocumentSpec {
  readonly width: number;
  readonly height: number;
  /** The accessible name of the drawing. */
  readonly title: string;
  /** A sentence or two saying what the drawing shows. */
  readonly description: string;
  /** Prefixed to ids inside the drawing, so several drawings can share a page. */
  readonly idPrefix: string;
  /** A class naming the view, e.g. `opcc-process-map`. */
  readonly view: string;
  readonly body: ReadonlyArray<Markup | undefined | false>;
}

/**
 * The root `<svg>`: a named, described group with a white background, the font stack and
 * an arrowhead marker for the edges.
 */
export function svgDocument(spec: SvgDocumentSpec): Markup {
  const titleId = `${spec.idPrefix}title`;
  const descId = `${spec.idPrefix}desc`;
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: spec.view,
      width: spec.width,
      height: spec.height,
      viewBox: `0 0 ${Math.ceil(spec.width)} ${Math.ceil(spec.height)}`,
      role: 'group',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
      'font-family': FONT_FAMILY,
    },
    [
      element('title', { id: titleId }, [text(spec.title)]),
      element('desc', { id: descId }, [text(spec.description)]),
      element('defs', {}, [arrowMarker(`${spec.idPrefix}arrow`)]),
      element('rect', { class: 'background', width: spec.width, height: spec.height, fill: PALETTE.background }),
      ...spec.body,
    ],
  );
}

/** The url() reference to the arrowhead marker of a drawing. */
export function arrowRef(idPrefix: string): string {
  return `url(#${idPrefix}arrow)`;
}

function arrowMarker(id: string): Markup {
  return element(
    'marker',
    { id, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
    [element('path', { d: 'M0,0L10,5L0,10z', fill: PALETTE.edge })],
  );
}
