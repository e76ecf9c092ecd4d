import { STEP_KIND_NAMES, type StepKind } from '@opcc/core';
import { fragment, element } from '../svg/markup.js';
import { outline } from '../svg/styling.js';
import { textBlock } from '../svg/text-block.js';
import { wrapText } from '../text/wrap-text.js';
import type { Box } from '../geometry/box.js';
import type { MeasuredShape, ShapeGeometry, ShapeRenderer } from './shape-renderer.js';
import { LABEL_FONT } from './shape-text.js';

const RADIUS = 18;
const LABEL_WIDTH = 120;
const GAP = 4;

/** A start or end event: a circle with its title beneath; `border` is the stroke width. */
export function eventShape<K extends StepKind>(kind: K, border: 1.5 | 4): ShapeRenderer<K> {
  const geometry = (box: Box, measured: MeasuredShape): ShapeGeometry => {
    const cx = box.x + box.width / 2;
    const cy = box.y + RADIUS + border / 2;
    const port = (x: number) => ({ x, yMin: cy, yMax: cy });
    return {
      label: { x: cx - measured.label.width / 2 - 1, y: cy + RADIUS + border / 2 + GAP, width: measured.label.width + 2, height: measured.label.height },
      left: port(cx - RADIUS),
      right: port(cx + RADIUS),
    };
  };
  return {
    kind,
    name: STEP_KIND_NAMES[kind],
    geometry,
    measure(step) {
      const label = wrapText(step.title, LABEL_WIDTH, LABEL_FONT, 5);
      const width = Math.ceil(Math.max(2 * RADIUS + border, label.width + 2));
      return { width, height: Math.ceil(2 * RADIUS + border + GAP + label.height), axis: RADIUS + border / 2, label };
    },
    draw(box, measured, fill) {
      const placed = geometry(box, measured);
      const cx = box.x + box.width / 2;
      return fragment([
        element('circle', { cx, cy: placed.left.yMin, r: RADIUS, ...outline(fill, border) }),
        textBlock(measured.label, { x: cx, y: placed.label.y }),
      ]);
    },
  };
}
