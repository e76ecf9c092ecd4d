import { compareText } from '@opcc/core';
import type { Box, Point } from '../geometry/box.js';
import type { LayoutEngine, LayoutGraph } from '../layout/layout-engine.js';
import { layoutLegend, type LegendLayout } from '../legend/legend.js';
import { rendererForKind } from '../shapes/shape-registry.js';
import { assignTracks, type Span } from './interval-tracks.js';
import { layersFromPositions } from './layer-grid.js';
import { LANE_HEADER_WIDTH } from './map-layout-input.js';
import type { FlowInput, LaidOutMap, MapLayoutInput, PlacedLane, PlacedStep, RoutedFlow, StepInput } from './process-types.js';
import { spreadPorts } from './spread-ports.js';

/** The height of the title line above the lanes. */
export const TITLE_HEIGHT = 40;
const MARGIN = 16;
const LANE_PAD = 18;
const ROW_GAP = 26;
const TRACK_GAP = 10;
const CHANNEL_PAD = 14;
const CORRIDOR_PAD = 12;
const LABEL_GAP = 6;

/** A process map laid out, plus the legend layout drawn beneath it. */
export type LaidOutProcessMap = LaidOutMap & { readonly legendLayout: LegendLayout };

interface Plan {
  readonly flow: FlowInput;
  readonly from: StepInput;
  readonly to: StepInput;
  /** The channel the flow turns in after leaving its source (channel c lies right of layer c). */
  readonly exitChannel: number;
  /** The channel it turns in before entering its target. */
  readonly entryChannel: number;
  /** True when it runs along the corridor at the bottom of its source's lane. */
  readonly corridor: boolean;
}

/**
 * Stage 2: places a process map. The engine (ELK) chooses layers left to right and the order
 * within them; this function then puts each step in its lane's band, stacks steps that share
 * a layer and lane, and routes every flow at right angles through the gaps between layers
 * (each flow on its own vertical track) and, when it skips layers or goes back, along a
 * corridor at the bottom of its source's lane, so no flow crosses a shape.
 */
export async function layoutProcessMap(input: MapLayoutInput, engine: LayoutEngine): Promise<LaidOutProcessMap> {
  const steps = new Map(input.steps.map((s) => [s.id as string, s]));
  const flows = input.flows.filter((f) => steps.has(f.from) && steps.has(f.to));
  const graph: LayoutGraph = {
    algorithm: 'layered',
    direction: 'RIGHT',
    orderOnly: true,
    spacing: { node: 24, layer: 60 },
    nodes: input.steps.map((s) => ({ id: s.id, width: s.shape.width, height: s.shape.height })),
    edges: flows.map((f) => ({ id: f.id, source: f.from, target: f.to })),
  };
  const layout = await engine.layout(graph);
  const grid = layersFromPositions(
    input.steps.map((s) => s.id),
    layout.nodes,
  );
  const layerOf = (s: StepInput) => grid.get(s.id)?.layer ?? 0;
  const layerCount = Math.max(0, ...input.steps.map(layerOf)) + 1;

  // Flows: which channels they turn in and whether they need a corridor.
  const plans: Plan[] = flows.map((flow) => {
    const from = steps.get(flow.from) as StepInput;
    const to = steps.get(flow.to) as StepInput;
    const i = layerOf(from);
    const j = layerOf(to);
    return { flow, from, to, exitChannel: i, entryChannel: j - 1, corridor: j !== i + 1 };
  });

  // Corridor tracks per lane.
  const corridorSpans = new Map<number, Span[]>();
  for (const p of plans.filter((p) => p.corridor)) {
    const spans = corridorSpans.get(p.from.lane) ?? [];
    spans.push({ key: p.flow.id, from: Math.min(p.exitChannel, p.entryChannel), to: Math.max(p.exitChannel, p.entryChannel) });
    corridorSpans.set(p.from.lane, spans);
  }
  const corridors = new Map([...corridorSpans].map(([lane, spans]) => [lane, assignTracks(spans)]));

  // Rows: steps sharing a layer and a lane stack top to bottom in the engine's order.
  const ranked = [...input.steps].sort((a, b) => (grid.get(a.id)?.rank ?? 0) - (grid.get(b.id)?.rank ?? 0));
  const cells = groupBy(ranked, (s) => `${s.lane}:${layerOf(s)}`);
  const rowOf = new Map<string, number>();
  for (const cell of cells.values()) cell.forEach((s, r) => rowOf.set(s.id, r));

  // Vertical placement: lanes top to bottom, rows within lanes aligned on the shapes' axes.
  const hasHeaders = input.lanes.some((l) => l.label !== undefined);
  const left = MARGIN + (hasHeaders ? LANE_HEADER_WIDTH : 0);
  const axisOf = new Map<string, number>();
  const laneBoxes: Array<{ top: number; height: number; corridorTop: number }> = [];
  let y = TITLE_HEIGHT;
  const laneMembers = groupBy(input.steps, (s) => String(s.lane));
  input.lanes.forEach((lane, l) => {
    const members = laneMembers.get(String(l)) ?? [];
    const rows = Math.max(0, ...members.map((s) => (rowOf.get(s.id) ?? 0) + 1));
    let cursor = y + LANE_PAD;
    for (let r = 0; r < rows; r++) {
      const inRow = members.filter((s) => rowOf.get(s.id) === r);
      const above = Math.max(...inRow.map((s) => s.shape.axis));
      const below = Math.max(...inRow.map((s) => s.shape.height - s.shape.axis));
      for (const s of inRow) axisOf.set(s.id, cursor + above);
      cursor += above + below + ROW_GAP;
    }
    cursor -= rows > 0 ? ROW_GAP : 0;
    const tracks = corridors.get(l)?.count ?? 0;
    const corridorTop = cursor + CORRIDOR_PAD;
    cursor += tracks > 0 ? CORRIDOR_PAD + (tracks - 1) * TRACK_GAP : 0;
    const height = Math.max(cursor + LANE_PAD - y, (lane.label?.height ?? 0) + 2 * LANE_PAD, 2 * LANE_PAD);
    laneBoxes.push({ top: y, height, corridorTop });
    y += height;
  });
  const lanesBottom = y;

  // Horizontal placement: a channel left of every layer and after the last.
  const layerWidth = Array.from({ length: layerCount }, () => 0);
  for (const s of input.steps) layerWidth[layerOf(s)] = Math.max(layerWidth[layerOf(s)] ?? 0, s.shape.width);
  const channelPlans = new Map<number, Array<{ plan: Plan; end: 'exit' | 'entry' }>>();
  const labelRooms = new Map<number, number>();
  for (const plan of plans) {
    const add = (c: number, end: 'exit' | 'entry') => {
      const list = channelPlans.get(c);
      if (list === undefined) channelPlans.set(c, [{ plan, end }]);
      else list.push({ plan, end });
    };
    add(plan.exitChannel, 'exit');
    if (plan.corridor) add(plan.entryChannel, 'entry');
    if (plan.flow.label !== undefined) labelRooms.set(plan.entryChannel, Math.max(labelRooms.get(plan.entryChannel) ?? 0, plan.flow.label.width + 2 * LABEL_GAP));
  }
  const labelRoom = (c: number) => labelRooms.get(c) ?? 0;
  const channelX = new Map<number, number>();
  const channelWidth = (c: number) => Math.max(c === -1 || c === layerCount - 1 ? 36 : 56, 2 * CHANNEL_PAD + Math.max(0, (channelPlans.get(c)?.length ?? 0) - 1) * TRACK_GAP + labelRoom(c));
  const layerX: number[] = [];
  let x = left;
  for (let c = -1; c < layerCount; c++) {
    channelX.set(c, x);
    x += channelWidth(c);
    if (c + 1 < layerCount) {
      layerX.push(x);
      x += layerWidth[c + 1] ?? 0;
    }
  }
  const lanesRight = x;

  // Steps placed.
  const placed = new Map<string, PlacedStep>();
  for (const s of input.steps) {
    const l = layerOf(s);
    const box: Box = {
      x: (layerX[l] ?? 0) + ((layerWidth[l] ?? 0) - s.shape.width) / 2,
      y: (axisOf.get(s.id) ?? 0) - s.shape.axis,
      width: s.shape.width,
      height: s.shape.height,
    };
    placed.set(s.id, { step: s, box, geometry: rendererForKind(s.kind).geometry(box, s.shape) });
  }

  // Ports: flows leaving (entering) a step spread down its right (left) side in the order of
  // the height they head for next: the corridor, or the other end's axis.
  const labelBelow = new Map<string, boolean>();
  const exitY = new Map<string, number>();
  const entryY = new Map<string, number>();
  const centreY = (id: string) => axisOf.get(id) ?? 0;
  const outsOf = groupBy(plans, (p) => p.from.id);
  const insOf = groupBy(plans, (p) => p.to.id);
  for (const s of input.steps) {
    const p = placed.get(s.id) as PlacedStep;
    const outs = outsOf.get(s.id) ?? [];
    const ins = insOf.get(s.id) ?? [];
    const outYs = spreadPorts(p.geometry.right, centreY(s.id), outs.map((q) => (q.corridor ? corridorYOf(q) : centreY(q.to.id))));
    outs.forEach((q, k) => exitY.set(q.flow.id, outYs[k] ?? 0));
    const inYs = spreadPorts(p.geometry.left, centreY(s.id), ins.map((q) => (q.corridor ? corridorYOf(q) : centreY(q.from.id))));
    ins.forEach((q, k) => entryY.set(q.flow.id, inYs[k] ?? 0));
    // A label goes above its entry line when that line is the top one into the shape, else below.
    const top = Math.min(...inYs);
    ins.forEach((q, k) => labelBelow.set(q.flow.id, (inYs[k] ?? 0) > top));
  }

  // Tracks within channels, ordered to avoid crossings: a vertical run joins a line from the
  // left at one height (a) and a line to the right at another (b). Runs going up come first,
  // those reaching highest leftmost; runs going down come last, those reaching lowest leftmost,
  // so each line to the right passes only tracks that have already ended.
  const trackX = new Map<string, number>();
  for (const [c, list] of channelPlans) {
    const keyed = list.map((item) => {
      const { plan, end } = item;
      const corridorY = plan.corridor ? corridorYOf(plan) : undefined;
      const a = end === 'exit' ? (exitY.get(plan.flow.id) ?? 0) : (corridorY ?? 0);
      const b = end === 'exit' ? (corridorY ?? entryY.get(plan.flow.id) ?? 0) : (entryY.get(plan.flow.id) ?? 0);
      const direction = b < a ? 0 : b === a ? 1 : 2;
      return { item, direction, key: direction === 2 ? -(a + b) : a + b };
    });
    keyed.sort((p, q) => p.direction - q.direction || p.key - q.key || compareText(p.item.plan.flow.id, q.item.plan.flow.id));
    keyed.forEach(({ item }, k) => trackX.set(`${item.plan.flow.id}:${item.end}`, (channelX.get(c) ?? 0) + CHANNEL_PAD + k * TRACK_GAP));
  }
  function corridorYOf(plan: Plan): number {
    const lane = laneBoxes[plan.from.lane];
    return (lane?.corridorTop ?? 0) + (corridors.get(plan.from.lane)?.track.get(plan.flow.id) ?? 0) * TRACK_GAP;
  }

  const routed: RoutedFlow[] = plans.map((plan) => {
    const from = placed.get(plan.from.id) as PlacedStep;
    const to = placed.get(plan.to.id) as PlacedStep;
    const ey = exitY.get(plan.flow.id) ?? 0;
    const ny = entryY.get(plan.flow.id) ?? 0;
    const t1 = trackX.get(`${plan.flow.id}:exit`) ?? 0;
    const start = { x: from.geometry.right.x, y: ey };
    const end = { x: to.geometry.left.x, y: ny };
    let points: Point[];
    if (plan.corridor) {
      const cy = corridorYOf(plan);
      const t2 = trackX.get(`${plan.flow.id}:entry`) ?? 0;
      points = [start, { x: t1, y: ey }, { x: t1, y: cy }, { x: t2, y: cy }, { x: t2, y: ny }, end];
    } else {
      points = [start, { x: t1, y: ey }, { x: t1, y: ny }, end];
    }
    const label = plan.flow.label;
    const labelBox =
      label === undefined
        ? undefined
        : { x: end.x - LABEL_GAP - label.width, y: labelBelow.get(plan.flow.id) === true ? ny + 3 : ny - label.height - 3, width: label.width, height: label.height };
    return { flow: plan.flow, points: simplify(points), ...(labelBox === undefined ? {} : { label: labelBox }) };
  });

  const lanes: PlacedLane[] = input.lanes.map((lane, l) => {
    const band = laneBoxes[l] ?? { top: 0, height: 0 };
    return {
      lane,
      box: { x: left, y: band.top, width: lanesRight - left, height: band.height },
      header: hasHeaders ? { x: MARGIN, y: band.top, width: LANE_HEADER_WIDTH, height: band.height } : undefined,
    };
  });
  const width = lanesRight + MARGIN;
  const legendLayout = layoutLegend(
    [
      { title: 'Lanes', entries: input.legend.lanes },
      { title: input.legend.profile === undefined ? 'Accountable' : `Accountable (${input.legend.profile})`, entries: input.legend.accountability },
    ],
    width - 2 * MARGIN,
  );
  const legend = { x: MARGIN, y: lanesBottom + MARGIN, width: width - 2 * MARGIN, height: legendLayout.height };
  return {
    input,
    width,
    height: legend.y + legend.height + (legendLayout.height > 0 ? MARGIN : 0),
    lanes,
    steps: input.steps.map((s) => placed.get(s.id) as PlacedStep),
    flows: routed,
    legend,
    legendLayout,
    warnings: layout.warnings,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

/** Drops repeated points and middle points of straight runs. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last !== undefined && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const before = out[out.length - 2];
    if (before !== undefined && last !== undefined && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}
