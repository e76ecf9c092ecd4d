import type { LaneId, MapId, StepId, StepKind } from '@opcc/core';
import type { Box, Point } from '../geometry/box.js';
import type { MeasuredShape, ShapeGeometry } from '../shapes/shape-renderer.js';
import type { WrappedText } from '../text/wrap-text.js';

/** A lane ready for layout. Maps without lanes get one unnamed lane. */
export interface LaneInput {
  readonly id: LaneId | undefined;
  readonly title: string | undefined;
  readonly label: WrappedText | undefined;
  readonly fill: string;
}

/** A step ready for layout: sized for its label, in a lane, with its fill decided. */
export interface StepInput {
  readonly id: StepId;
  readonly kind: StepKind;
  readonly title: string;
  /** The glossary code of an activity. */
  readonly code?: string;
  /** The map a sub-process drills into. */
  readonly drill?: MapId;
  /** Index into {@link MapLayoutInput.lanes}. */
  readonly lane: number;
  readonly shape: MeasuredShape;
  readonly fill: string;
  /** Who is accountable, for the accessible name, when a profile is chosen. */
  readonly accountable?: string;
}

/** A flow ready for layout, with its wrapped label (its own label, else the short answer of its condition). */
export interface FlowInput {
  readonly id: string;
  readonly from: StepId;
  readonly to: StepId;
  readonly label?: WrappedText;
  /** What the flow's tooltip says: its condition in full, or its label. */
  readonly title?: string;
}

/** An entry of a map's legend. */
export interface LegendEntry {
  readonly label: string;
  readonly fill: string;
}

/** Stage 1 of a process map: everything layout needs, measured, with no positions yet. */
export interface MapLayoutInput {
  readonly mapId: MapId;
  readonly title: string;
  readonly lanes: readonly LaneInput[];
  /** Steps in flow order: starts first, then breadth-first along flows, then any others. */
  readonly steps: readonly StepInput[];
  readonly flows: readonly FlowInput[];
  readonly legend: { readonly lanes: readonly LegendEntry[]; readonly accountability: readonly LegendEntry[]; readonly profile?: string };
}

/** A lane placed on the page: its band and its header cell. */
export interface PlacedLane {
  readonly lane: LaneInput;
  readonly box: Box;
  readonly header: Box | undefined;
}

/** A step placed on the page. */
export interface PlacedStep {
  readonly step: StepInput;
  readonly box: Box;
  readonly geometry: ShapeGeometry;
}

/** A flow routed on the page as right-angled segments from its source to its target. */
export interface RoutedFlow {
  readonly flow: FlowInput;
  readonly points: readonly Point[];
  readonly label?: Box;
}

/** Stage 2 of a process map: every lane, step and flow placed. */
export interface LaidOutMap {
  readonly input: MapLayoutInput;
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly PlacedLane[];
  readonly steps: readonly PlacedStep[];
  readonly flows: readonly RoutedFlow[];
  /** Where the legend goes, beneath the lanes. */
  readonly legend: Box;
  readonly warnings: readonly string[];
}

/** Stage 3 of any drawing: the SVG and the boxes of its focusable shapes. */
export interface RenderedMap {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** The box of every focusable shape, by id (step id for process maps). */
  readonly shapes: Readonly<Record<string, Box>>;
  readonly warnings: readonly string[];
}
