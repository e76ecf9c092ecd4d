import { FONT_FAMILY } from '../text/measure-text.js';
import { element, text, type Markup } from './markup.js';
import { PALETTE } from './palette.js';
import { inlineOnly, styledByClasses } from './styling.js';

/** What every drawing needs at its root. */
export interface SvgDocumentSpec {
  readonly width: number;
  readonly height: number;
  /** The accessible name of the drawing. */
  readonly title: string;
  /** A sentence or two saying what the drawing shows. */
  readonly description: string;
  /** Prefixed to the ids of the title and description, so several drawings can share a page. */
  readonly idPrefix: string;
  /** A class naming the view, e.g. `opcc-process-map`. */
  readonly view: string;
  readonly body: ReadonlyArray<Markup | undefined | false>;
}

/**
 * The root `<svg>`: a named, described group with a white background and the font stack.
 */
export function svgDocument(spec: SvgDocumentSpec): Markup {
  const titleId = `${spec.idPrefix}title`;
  const descId = `${spec.idPrefix}desc`;
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: styledByClasses() ? `${spec.view} opcc-styled` : spec.view,
      width: spec.width,
      height: spec.height,
      viewBox: `0 0 ${Math.ceil(spec.width)} ${Math.ceil(spec.height)}`,
      role: 'group',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
      'font-family': styledByClasses() ? undefined : FONT_FAMILY,
    },
    [
      element('title', { id: titleId }, [text(spec.title)]),
      element('desc', { id: descId }, [text(spec.description)]),
      element('rect', { class: 'background', width: spec.width, height: spec.height, ...inlineOnly({ fill: PALETTE.background }) }),
      ...spec.body,
    ],
  );
}
