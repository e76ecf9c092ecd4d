import type { Step, StepKind } from '@opcc/core';
import { activityShape } from './activity-shape.js';
import { decisionShape } from './decision-shape.js';
import { endShape } from './end-shape.js';
import { outputShape } from './output-shape.js';
import { referenceShape } from './reference-shape.js';
import type { ShapeRenderer } from './shape-renderer.js';
import { startShape } from './start-shape.js';
import { subProcessShape } from './sub-process-shape.js';

/**
 * The one place where step kinds meet their renderers. The mapped type makes a new step kind
 * in @opcc/core a compile error here until its renderer file exists.
 */
export const SHAPE_RENDERERS: { readonly [K in StepKind]: ShapeRenderer<K> } = {
  start: startShape,
  end: endShape,
  activity: activityShape,
  decision: decisionShape,
  output: outputShape,
  'sub-process': subProcessShape,
  reference: referenceShape,
};

/** The renderer for a step's kind. */
export function shapeRendererFor<S extends Step>(step: S): ShapeRenderer<S['kind']> {
  return SHAPE_RENDERERS[step.kind] as unknown as ShapeRenderer<S['kind']>;
}

/** The renderer for a kind of step, for code that has only the kind. */
export function rendererForKind(kind: StepKind): ShapeRenderer {
  return SHAPE_RENDERERS[kind] as unknown as ShapeRenderer;
}
