import type { Step, StepKind } from '@opcc/core';
import type { Box } from '../geometry/box.js';
import type { Markup } from '../svg/markup.js';
import type { WrappedText } from '../text/wrap-text.js';

/** A step of one kind. */
export type StepOf<K extends StepKind> = Extract<Step, { kind: K }>;

/** Where flows may attach on one side of a shape: a vertical segment at `x` (a point when yMin equals yMax). */
export interface PortSide {
  readonly x: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** A shape sized for its label, before it is placed. */
export interface MeasuredShape {
  readonly width: number;
  readonly height: number;
  /** The y, from the top of the box, of the shape's main horizontal axis; flows in a lane line up on it. */
  readonly axis: number;
  readonly label: WrappedText;
  /** A second, smaller line: the glossary code of an activity. */
  readonly caption?: WrappedText;
}

/** The label area of a placed shape and the shape's outline, for geometry checks. */
export interface ShapeGeometry {
  /** The rectangle the label is drawn in; it lies inside the shape's outline. */
  readonly label: Box;
  /** Where incoming flows attach. */
  readonly left: PortSide;
  /** Where outgoing flows leave. */
  readonly right: PortSide;
}

/**
 * Draws one kind of step. Each kind has its own renderer in its own file, registered in
 * `shape-registry.ts`, so a new kind of step is a new file and one line there.
 */
export interface ShapeRenderer<K extends StepKind = StepKind> {
  readonly kind: K;
  /** A readable name of the kind, used in accessible names and the legend ("Decision"). */
  readonly name: string;
  /** Sizes the shape to fit its wrapped label. */
  measure(step: StepOf<K>): MeasuredShape;
  /** Where the label and ports of the shape are, once placed in `box`. */
  geometry(box: Box, measured: MeasuredShape): ShapeGeometry;
  /** The outline and text of the shape placed in `box`, filled with `fill`. */
  draw(box: Box, measured: MeasuredShape, fill: string): Markup;
}
