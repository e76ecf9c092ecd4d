import { TRACK_GAP } from './layout-spacing.js';
import { get, groupBy } from './lookup.js';
import type { LaneInput, StepInput } from './process-types.js';

/** Space between a lane's edge and its content (shapes, and the corridor beneath them). */
export const LANE_PAD = 14;
const ROW_GAP = 26;
const CORRIDOR_PAD = 12;

/** What vertical placement needs: the lanes and steps, where the engine put each step, and each lane's corridor tracks. */
export interface VerticalInput {
  readonly lanes: readonly LaneInput[];
  readonly steps: readonly StepInput[];
  /** Each step's layer and its rank within the layer, top to bottom, as the engine ordered them. */
  readonly grid: ReadonlyMap<string, { readonly layer: number; readonly rank: number }>;
  /** How many corridor tracks each lane has; a lane with no corridor flows is absent. */
  readonly corridorTracks: ReadonlyMap<number, number>;
  /** Where the first lane starts. */
  readonly top: number;
}

/** A lane's band: where it starts, how tall it is, and where its first corridor track runs. */
export interface LaneBand {
  readonly top: number;
  readonly height: number;
  readonly corridorTop: number;
}

/** Where everything sits vertically. */
export interface VerticalPlacement {
  /** The y of each step's axis (the line its flows run straight along), by step id. */
  readonly axisOf: ReadonlyMap<string, number>;
  /** One band per lane, in the order of the lanes. */
  readonly bands: readonly LaneBand[];
  /** The bottom of the last lane. */
  readonly bottom: number;
}

/**
 * Lanes top to bottom, each tall enough for its rows and its corridor. Steps sharing a layer
 * and a lane stack in rows in the engine's order, and the steps of a row share one axis, so a
 * flow between neighbours in a row runs straight.
 */
export function placeVertically(input: VerticalInput): VerticalPlacement {
  const place = (s: StepInput) => get(input.grid, s.id, 'layer of step');
  const ranked = [...input.steps].sort((a, b) => place(a).rank - place(b).rank);
  const rowOf = new Map<string, number>();
  for (const cell of groupBy(ranked, (s) => `${s.lane}:${place(s).layer}`).values()) cell.forEach((s, r) => rowOf.set(s.id, r));
  const row = (s: StepInput) => get(rowOf, s.id, 'row of step');

  const axisOf = new Map<string, number>();
  const bands: LaneBand[] = [];
  const laneMembers = groupBy(input.steps, (s) => s.lane);
  let y = input.top;
  input.lanes.forEach((lane, l) => {
    const members = laneMembers.get(l) ?? [];
    const rows = Math.max(0, ...members.map((s) => row(s) + 1));
    let cursor = y + LANE_PAD;
    for (let r = 0; r < rows; r++) {
      const inRow = members.filter((s) => row(s) === r);
      const above = Math.max(...inRow.map((s) => s.shape.axis));
      const below = Math.max(...inRow.map((s) => s.shape.height - s.shape.axis));
      for (const s of inRow) axisOf.set(s.id, cursor + above);
      cursor += above + below + ROW_GAP;
    }
    cursor -= rows > 0 ? ROW_GAP : 0;
    const tracks = input.corridorTracks.get(l) ?? 0;
    const corridorTop = cursor + CORRIDOR_PAD;
    cursor += tracks > 0 ? CORRIDOR_PAD + (tracks - 1) * TRACK_GAP : 0;
    const height = Math.max(cursor + LANE_PAD - y, (lane.label?.height ?? 0) + 2 * LANE_PAD, 2 * LANE_PAD);
    bands.push({ top: y, height, corridorTop });
    y += height;
  });
  return { axisOf, bands, bottom: y };
}
