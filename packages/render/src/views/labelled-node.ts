import type { Box } from '../geometry/box.js';
import { roundedRectPath } from '../shapes/outlines.js';
import { CAPTION_FONT, LABEL_FONT, PADDING } from '../shapes/shape-text.js';
import { element, fragment, type Markup } from '../svg/markup.js';
import { PALETTE } from '../svg/palette.js';
import { shapeGroup } from '../svg/shape-group.js';
import { outline, styledByClasses } from '../svg/styling.js';
import { textBlock } from '../svg/text-block.js';
import { wrapText, type WrappedText } from '../text/wrap-text.js';

/** The text of a box-shaped node: a title and an optional small caption above it. */
export interface NodeText {
  readonly label: WrappedText;
  readonly caption?: WrappedText;
}

/** A focusable, labelled node of a view (segment, stakeholder, outcome, glossary entry). */
export interface LabelledNode {
  /** The element id, e.g. `stakeholder-pcc`. */
  readonly id: string;
  /** The accessible name. */
  readonly name: string;
  readonly className: string;
  readonly data: Readonly<Record<string, string | undefined>>;
  readonly box: Box;
  readonly text: NodeText;
  readonly fill: string;
  readonly textFill?: string;
  /**
   * In classes styling, the stylesheet fills the outline and colours the text by the node's class (site.css), so neither
   * carries a fill attribute: a row of a hundred segments of one colour need not say it a hundred times.
   */
  readonly fillByClass?: boolean;
  readonly dashed?: boolean;
  /** Path data of the outline; a round-corner rectangle when absent. */
  readonly outline?: string;
  /** Horizontal inset of the text from the box (for chevrons). */
  readonly inset?: number;
  /** Left-aligned text instead of centred. */
  readonly alignStart?: boolean;
}

/** Wraps a title (and caption) to a width and returns the text with the box size it needs. */
export function measureNodeText(title: string, caption: string | undefined, width: number, maxLines = 5): NodeText & { width: number; height: number } {
  const label = wrapText(title, width - 2 * PADDING, LABEL_FONT, maxLines);
  const cap = caption === undefined ? undefined : wrapText(caption, width - 2 * PADDING, CAPTION_FONT, 2);
  return { label, ...(cap === undefined ? {} : { caption: cap }), width, height: Math.ceil(label.height + (cap?.height ?? 0) + 2 * PADDING) };
}

/** The rectangle the text of a node is drawn in, for geometry checks. */
export function nodeTextBox(node: LabelledNode): Box {
  const inset = node.inset ?? 0;
  const height = node.text.label.height + (node.text.caption?.height ?? 0);
  return { x: node.box.x + inset + PADDING, y: node.box.y + (node.box.height - height) / 2, width: node.box.width - 2 * inset - 2 * PADDING, height };
}

/** Draws a labelled node as a focusable group. */
export function drawLabelledNode(node: LabelledNode): Markup {
  const area = nodeTextBox(node);
  const x = node.alignStart === true ? area.x : area.x + area.width / 2;
  const align = node.alignStart === true ? 'start' : 'middle';
  const byClass = node.fillByClass === true && styledByClasses();
  const textFill = byClass ? PALETTE.text : (node.textFill ?? PALETTE.text);
  const capHeight = node.text.caption?.height ?? 0;
  return shapeGroup({
    id: node.id,
    name: node.name,
    className: node.className,
    data: node.data,
    box: node.box,
    body: [
      element('path', {
        d: node.outline ?? roundedRectPath(node.box, 8),
        ...(byClass ? { class: 'o' } : outline(node.fill)),
        'stroke-dasharray': node.dashed === true ? '5 3' : undefined,
      }),
      fragment([
        node.text.caption !== undefined && textBlock(node.text.caption, { x, y: area.y }, align, textFill),
        textBlock(node.text.label, { x, y: area.y + capHeight }, align, textFill),
      ]),
    ],
  });
}
