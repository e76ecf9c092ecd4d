import type { Box } from '../geometry/box.js';
import { EDGE_LABEL_FONT } from '../shapes/shape-text.js';
import type { WrappedText } from '../text/wrap-text.js';
import { element, fragment, type Markup } from './markup.js';
import { PALETTE } from './palette.js';
import { styledByClasses } from './styling.js';
import { textBlock } from './text-block.js';

/**
 * A label on a line, on a white plate so lines behind it do not cut through the text. With classes styling the page's
 * stylesheet gives the text a white halo instead (site.css, `.flow text`), which keeps lines off its letters as the
 * plate does, without an element per label, and the label's size when it is in the usual font (`EDGE_LABEL_FONT`),
 * so that such a label carries no class.
 */
export function edgeLabel(label: WrappedText, box: Box): Markup {
  return fragment([
    !styledByClasses() && element('rect', { x: box.x - 2, y: box.y - 1, width: box.width + 4, height: box.height + 2, rx: 3, fill: PALETTE.background }),
    textBlock(label, { x: box.x + box.width / 2, y: box.y }, 'middle', PALETTE.text, EDGE_LABEL_FONT),
  ]);
}
