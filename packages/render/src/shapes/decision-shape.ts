import { element, fragment } from '../svg/markup.js';
import { PALETTE } from '../svg/palette.js';
import { textBlock } from '../svg/text-block.js';
import { wrapText } from '../text/wrap-text.js';
import { diamondPath } from './outlines.js';
import type { Box } from '../geometry/box.js';
import type { MeasuredShape, ShapeGeometry, ShapeRenderer } from './shape-renderer.js';
import { LABEL_FONT } from './shape-text.js';

const WIDTH = 176;
const TEXT_WIDTH = 92;
const MIN_HEIGHT = 72;

function geometry(box: Box, measured: MeasuredShape): ShapeGeometry {
  const cy = box.y + box.height / 2;
  return {
    label: { x: box.x + (box.width - TEXT_WIDTH) / 2, y: cy - measured.label.height / 2, width: TEXT_WIDTH, height: measured.label.height },
    left: { x: box.x, yMin: cy, yMax: cy },
    right: { x: box.x + box.width, yMin: cy, yMax: cy },
  };
}

/**
 * A decision: a diamond. A rectangle of width w and height h centred in a diamond of width W
 * and height H fits when w/W + h/H ≤ 1, so the height is chosen from the wrapped label.
 */
export const decisionShape: ShapeRenderer<'decision'> = {
  kind: 'decision',
  name: 'Decision',
  measure(step): MeasuredShape {
    const label = wrapText(step.title, TEXT_WIDTH, LABEL_FONT, 5);
    const height = Math.max(MIN_HEIGHT, Math.ceil((label.height + 2) / (1 - (TEXT_WIDTH + 2) / WIDTH)));
    return { width: WIDTH, height, axis: height / 2, label };
  },
  geometry,
  draw(box, measured, fill) {
    const { label } = geometry(box, measured);
    return fragment([
      element('path', { d: diamondPath(box), fill, stroke: PALETTE.stroke, 'stroke-width': 1.5 }),
      textBlock(measured.label, { x: box.x + box.width / 2, y: label.y }),
    ]);
  },
};
