import type { Box } from '../geometry/box.js';
import type { FontSpec } from '../text/measure-text.js';

/** The font of shape labels. */
export const LABEL_FONT: FontSpec = { size: 13 };
/** The font of glossary codes and other captions. */
export const CAPTION_FONT: FontSpec = { size: 11, bold: true };
/** The font of edge labels. */
export const EDGE_LABEL_FONT: FontSpec = { size: 11 };
/** Space between a shape's outline and its text. */
export const PADDING = 8;

/** A box of a given size centred horizontally in `outer`, starting at `top`. */
export function centredBox(outer: Box, top: number, width: number, height: number): Box {
  return { x: outer.x + (outer.width - width) / 2, y: top, width, height };
}
