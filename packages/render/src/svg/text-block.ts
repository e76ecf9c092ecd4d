import type { Point } from '../geometry/box.js';
import { lineHeight, type FontSpec } from '../text/measure-text.js';
import type { WrappedText } from '../text/wrap-text.js';
import { element, fragment, text, type Markup } from './markup.js';
import { PALETTE } from './palette.js';
import { textPaint } from './styling.js';

/** How a text block sits on its anchor point. */
export type TextAlign = 'start' | 'middle';

/**
 * Wrapped text as one `<text>` element per line. The anchor is the top of the block: its centre
 * for `middle`, its left edge for `start`. A space stands before each line, outside the text
 * elements where it is not drawn, so that the words of consecutive lines (and of consecutive
 * blocks, such as a glossary number and a title) stay apart when the text is read out or
 * compared with a shape's accessible name. `contextFont`: see {@link textPaint}.
 */
export function textBlock(wrapped: WrappedText, at: Point, align: TextAlign = 'middle', fill: string = PALETTE.text, contextFont?: FontSpec): Markup {
  const step = lineHeight(wrapped.font);
  // The baseline of a line sits about 0.8 of the font size below the top of its line box.
  const firstBaseline = at.y + (step - wrapped.font.size) / 2 + wrapped.font.size * 0.8;
  return fragment(
    wrapped.lines.flatMap((line, i) => [
      text(' '),
      element('text', { x: at.x, y: firstBaseline + i * step, ...textPaint(wrapped.font, align, fill, undefined, contextFont) }, [text(line)]),
    ]),
  );
}
