import { STEP_KIND_NAMES } from '@opcc/core';
import { element, fragment } from '../svg/markup.js';
import { outline } from '../svg/styling.js';
import { textBlock } from '../svg/text-block.js';
import { measureText } from '../text/measure-text.js';
import { wrapText } from '../text/wrap-text.js';
import { diamondPath } from './outlines.js';
import type { Box } from '../geometry/box.js';
import type { MeasuredShape, ShapeGeometry, ShapeRenderer } from './shape-renderer.js';
import { LABEL_FONT } from './shape-text.js';

const WIDTH = 176;
const TEXT_WIDTH = 92;
const MAX_TEXT_WIDTH = 150;
const MIN_HEIGHT = 72;

// The text area is a fixed share of the diamond's width, so wider text makes a wider diamond.
function textWidthOf(width: number): number {
  return (width * TEXT_WIDTH) / WIDTH;
}

function geometry(box: Box, measured: MeasuredShape): ShapeGeometry {
  const cy = box.y + box.height / 2;
  const textWidth = textWidthOf(box.width);
  return {
    label: { x: box.x + (box.width - textWidth) / 2, y: cy - measured.label.height / 2, width: textWidth, height: measured.label.height },
    left: { x: box.x, yMin: cy, yMax: cy },
    right: { x: box.x + box.width, yMin: cy, yMax: cy },
  };
}

/**
 * A decision: a diamond. A rectangle of width w and height h centred in a diamond of width W
 * and height H fits when w/W + h/H ≤ 1, so the height is chosen from the wrapped label; the
 * width grows with the longest word so words are not split.
 */
export const decisionShape: ShapeRenderer<'decision'> = {
  kind: 'decision',
  name: STEP_KIND_NAMES.decision,
  measure(step): MeasuredShape {
    // Wide enough for the longest word, so words are not split, up to a limit.
    const longest = Math.max(0, ...step.title.split(/\s+/).map((w) => measureText(w, LABEL_FONT)));
    const textWidth = Math.min(MAX_TEXT_WIDTH, Math.max(TEXT_WIDTH, Math.ceil(longest)));
    const width = Math.ceil((textWidth * WIDTH) / TEXT_WIDTH);
    const label = wrapText(step.title, textWidthOf(width), LABEL_FONT, 5);
    const height = Math.max(MIN_HEIGHT, Math.ceil((label.height + 2) / (1 - (textWidthOf(width) + 2) / width)));
    return { width, height, axis: height / 2, label };
  },
  geometry,
  draw(box, measured, fill) {
    const { label } = geometry(box, measured);
    return fragment([element('path', { d: diamondPath(box), ...outline(fill) }), textBlock(measured.label, { x: box.x + box.width / 2, y: label.y })]);
  },
};
