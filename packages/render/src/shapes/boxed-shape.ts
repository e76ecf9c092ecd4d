import { STEP_KIND_NAMES, type StepKind } from '@opcc/core';
import type { Box } from '../geometry/box.js';
import { fragment, type Markup } from '../svg/markup.js';
import { PALETTE } from '../svg/palette.js';
import { textBlock } from '../svg/text-block.js';
import { lineHeight } from '../text/measure-text.js';
import { wrapText } from '../text/wrap-text.js';
import type { MeasuredShape, ShapeGeometry, ShapeRenderer, StepOf } from './shape-renderer.js';
import { CAPTION_FONT, LABEL_FONT, PADDING } from './shape-text.js';

/** How a rectangle-like shape differs from the others of its family. */
export interface BoxedShapeOptions<K extends StepKind> {
  readonly kind: K;
  readonly width: number;
  readonly minHeight: number;
  /** Extra space inside the outline, beyond the padding, that the text must keep clear of. */
  readonly inset: { readonly top: number; readonly right: number; readonly bottom: number };
  /** A small bold line above the title, e.g. the glossary code of an activity. */
  readonly caption?: (step: StepOf<K>) => string | undefined;
  /** The outline and any decoration (drill-down marker, folded corner) of the placed shape. */
  readonly outline: (box: Box, fill: string) => Markup;
  /** How far from the top the straight part of the right and left sides ends. */
  readonly sides?: (box: Box) => { top: number; bottom: number };
}

/** A shape whose label sits in a rectangle inside its outline: activities, sub-processes, outputs, references. */
export function boxedShape<K extends StepKind>(options: BoxedShapeOptions<K>): ShapeRenderer<K> {
  const textWidth = options.width - 2 * PADDING - options.inset.right;
  const captionHeight = (step: StepOf<K>) => (options.caption?.(step) === undefined ? 0 : lineHeight(CAPTION_FONT));
  const geometry = (box: Box, measured: MeasuredShape): ShapeGeometry => {
    const caption = measured.caption?.height ?? 0;
    const content = measured.label.height + caption;
    const inner = box.height - 2 * PADDING - options.inset.top - options.inset.bottom;
    const top = box.y + PADDING + options.inset.top + (inner - content) / 2;
    const sides = options.sides?.(box) ?? { top: box.y + 6, bottom: box.y + box.height - 6 };
    return {
      label: { x: box.x + PADDING, y: top, width: textWidth, height: content },
      left: { x: box.x, yMin: sides.top, yMax: sides.bottom },
      right: { x: box.x + box.width, yMin: sides.top, yMax: sides.bottom },
    };
  };
  return {
    kind: options.kind,
    name: STEP_KIND_NAMES[options.kind],
    geometry,
    measure(step): MeasuredShape {
      const code = options.caption?.(step);
      const label = wrapText(step.title, textWidth, LABEL_FONT, 6);
      const caption = code === undefined ? undefined : wrapText(code, textWidth, CAPTION_FONT, 1);
      const content = label.height + captionHeight(step);
      const height = Math.max(options.minHeight, Math.ceil(content + 2 * PADDING + options.inset.top + options.inset.bottom));
      return { width: options.width, height, axis: height / 2, label, ...(caption === undefined ? {} : { caption }) };
    },
    draw(box, measured, fill) {
      const { label } = geometry(box, measured);
      const middle = label.x + label.width / 2;
      const captionHeight = measured.caption?.height ?? 0;
      return fragment([
        options.outline(box, fill),
        measured.caption !== undefined && textBlock(measured.caption, { x: middle, y: label.y }, 'middle', PALETTE.text),
        textBlock(measured.label, { x: middle, y: label.y + captionHeight }),
      ]);
    },
  };
}
