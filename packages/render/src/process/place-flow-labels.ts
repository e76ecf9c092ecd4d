import { boxContains, boxesOverlap, type Box, type Point } from '../geometry/box.js';
import { lineObstacles, placeLabels, type LabelRequest } from '../geometry/place-labels.js';
import { flowLabelCentres } from './flow-label-candidates.js';
import type { FlowInput, PlacedStep } from './process-types.js';

/** Room kept around a label's text: its white plate and a little air. */
const PLATE_X = 4;
const PLATE_Y = 3;
/** Air kept between a label and any shape. */
const SHAPE_CLEARANCE = 3;

/** A flow whose route is known, before its label is placed. */
export interface RouteOfFlow {
  readonly flow: FlowInput;
  readonly points: readonly Point[];
  /** True when the label is a decision's answer, which goes beside the diamond. */
  readonly labelAtSource: boolean;
}

/**
 * The box of every flow label, by flow id: each beside its own arrow (see {@link flowLabelCentres}),
 * inside `area`, where it covers no shape, no other label and as little of other arrows as can
 * be. A label with no clear place takes the least bad one; {@link labelClashes} finds those.
 */
export function placeFlowLabels(routes: readonly RouteOfFlow[], steps: readonly PlacedStep[], area: Box): Map<string, Box> {
  const labelled = routes.filter((r) => r.flow.label !== undefined);
  const requests: LabelRequest[] = labelled.map((r) => {
    const size = plateOf(r.flow);
    const centres = flowLabelCentres(r.points, size, r.labelAtSource);
    const inside = centres.filter((c) => boxContains(area, { x: c.x - size.width / 2, y: c.y - size.height / 2, ...size }));
    return { centres: inside.length > 0 ? inside : centres.slice(0, 1), ...size };
  });
  const obstacles = steps.map((s) => grow(s.box, SHAPE_CLEARANCE));
  const lines = routes.flatMap((r) => lineObstacles(labelled.indexOf(r), r.points));
  const plates = placeLabels(requests, obstacles, lines);
  const boxes = new Map<string, Box>();
  labelled.forEach((r, i) => {
    const plate = plates[i];
    const label = r.flow.label;
    if (plate === undefined || label === undefined) return;
    boxes.set(r.flow.id, { x: plate.x + PLATE_X, y: plate.y + PLATE_Y, width: label.width, height: label.height });
  });
  return boxes;
}

/** The ids of flows whose label box covers a shape or another label. */
export function labelClashes(labels: ReadonlyMap<string, Box>, steps: readonly PlacedStep[]): Set<string> {
  const clashing = new Set<string>();
  const entries = [...labels];
  entries.forEach(([id, box], i) => {
    if (steps.some((s) => boxesOverlap(box, s.box))) clashing.add(id);
    for (const [other, otherBox] of entries.slice(i + 1)) {
      if (!boxesOverlap(box, otherBox)) continue;
      clashing.add(id);
      clashing.add(other);
    }
  });
  return clashing;
}

function plateOf(flow: FlowInput): { width: number; height: number } {
  return { width: (flow.label?.width ?? 0) + 2 * PLATE_X, height: (flow.label?.height ?? 0) + 2 * PLATE_Y };
}

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}
