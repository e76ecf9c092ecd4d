import type { Box } from '../geometry/box.js';
import type { LayoutEngine, LayoutGraph } from '../layout/layout-engine.js';
import { layoutLegend, type LegendLayout } from '../legend/legend.js';
import { rendererForKind } from '../shapes/shape-registry.js';
import { placeHorizontally } from './channels.js';
import { planFlows, type FlowPlan } from './flow-plans.js';
import { layersFromPositions } from './layer-grid.js';
import { at, get } from './lookup.js';
import { LANE_HEADER_WIDTH } from './map-layout-input.js';
import { placePorts } from './ports.js';
import { LABEL_GAP } from './layout-spacing.js';
import { labelClashes, placeFlowLabels, type RouteOfFlow } from './place-flow-labels.js';
import type { FlowInput, LaidOutMap, MapLayoutInput, PlacedLane, PlacedStep, RoutedFlow, StepInput } from './process-types.js';
import { routeFlows } from './route-flows.js';
import { channelTracks, corridorTracks, corridorYs } from './tracks.js';
import { placeVertically } from './vertical-placement.js';

/** The height of the title line above the lanes. */
export const TITLE_HEIGHT = 40;
const MARGIN = 16;
/** How many times channels are widened for labels that found no clear place. */
const WIDENING_ROUNDS = 6;

/** A process map laid out, plus the legend layout drawn beneath it. */
export type LaidOutProcessMap = LaidOutMap & { readonly legendLayout: LegendLayout };

/**
 * Stage 2: places a process map. The engine (ELK) chooses layers left to right and the order
 * within them; this function then puts each step in its lane's band, stacks steps that share
 * a layer and lane, and routes every flow at right angles through the gaps between layers
 * (each flow on its own vertical track) and, when it skips layers or goes back, along a
 * corridor at the bottom of its source's lane, so no flow crosses a shape.
 * @example
 * ```ts
 * const laidOut = await layoutProcessMap(mapLayoutInput(guide, 'engage-consult'), createLayoutEngine());
 * ```
 */
export async function layoutProcessMap(input: MapLayoutInput, engine: LayoutEngine): Promise<LaidOutProcessMap> {
  const steps = new Map(input.steps.map((s) => [s.id as string, s]));
  const flows = drawnFlows(input);
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
  const layerOf = (s: StepInput) => get(grid, s.id, 'layer of step').layer;
  const layerCount = Math.max(0, ...input.steps.map(layerOf)) + 1;

  const plans = planFlows(flows, steps, layerOf);
  const corridors = corridorTracks(plans);
  const vertical = placeVertically({
    lanes: input.lanes,
    steps: input.steps,
    grid,
    corridorTracks: new Map([...corridors].map(([lane, tracks]) => [lane, tracks.count])),
    top: TITLE_HEIGHT,
  });
  const hasHeaders = input.lanes.some((l) => l.label !== undefined);
  const left = MARGIN + (hasHeaders ? LANE_HEADER_WIDTH : 0);
  const corridorY = corridorYs(plans, vertical.bands, corridors);
  const area = (right: number): Box => ({ x: left, y: TITLE_HEIGHT, width: right - left, height: vertical.bottom - TITLE_HEIGHT });
  const { steps: placedSteps, routes: routed, right } = placeWithLabels({ input, layerOf, layerCount, plans, left, axisOf: vertical.axisOf, corridorY }, area);

  const lanes: PlacedLane[] = input.lanes.map((lane, l) => {
    const band = at(vertical.bands, l, 'lane band');
    return {
      lane,
      box: { x: left, y: band.top, width: right - left, height: band.height },
      header: hasHeaders ? { x: MARGIN, y: band.top, width: LANE_HEADER_WIDTH, height: band.height } : undefined,
    };
  });
  const width = right + MARGIN;
  const legendLayout = layoutLegend(
    [
      { title: 'Lanes', entries: input.legend.lanes },
      { title: input.legend.profile === undefined ? 'Accountable' : `Accountable (${input.legend.profile})`, entries: input.legend.accountability },
    ],
    width - 2 * MARGIN,
  );
  const legend = { x: MARGIN, y: vertical.bottom + MARGIN, width: width - 2 * MARGIN, height: legendLayout.height };
  return {
    input,
    width,
    height: legend.y + legend.height + (legendLayout.height > 0 ? MARGIN : 0),
    lanes,
    steps: placedSteps,
    flows: routed,
    legend,
    legendLayout,
    warnings: layout.warnings,
  };
}

/**
 * The flows of a map that are laid out and drawn, in the order of the drawing: those that join two of its steps (a flow
 * to a step the map lacks is the checker's to report).
 */
export function drawnFlows(input: MapLayoutInput): FlowInput[] {
  const steps = new Set<string>(input.steps.map((s) => s.id));
  return input.flows.filter((f) => steps.has(f.from) && steps.has(f.to));
}

/** What placing steps and routing flows across the page needs, once layers, plans and heights are known. */
interface PlaceAndRouteInput {
  readonly input: MapLayoutInput;
  readonly layerOf: (step: StepInput) => number;
  readonly layerCount: number;
  readonly plans: readonly FlowPlan[];
  readonly left: number;
  readonly axisOf: ReadonlyMap<string, number>;
  readonly corridorY: ReadonlyMap<string, number>;
}

// Places and routes, then labels; where a label finds no clear place beside its arrow, widens the
// channel its flow enters its target from, so that its last run is longer, and does it all again.
function placeWithLabels(p: PlaceAndRouteInput, area: (right: number) => Box): { steps: PlacedStep[]; routes: RoutedFlow[]; right: number } {
  const extraRoom = new Map<number, number>();
  let run = placeAndRoute(p, extraRoom);
  let labels = placeFlowLabels(run.routes, run.steps, area(run.right));
  for (let round = 0; round < WIDENING_ROUNDS; round++) {
    const clashes = labelClashes(labels, run.steps);
    if (clashes.size === 0) break;
    // One label's width more in each channel a clashing label enters from, so that two can sit side by side.
    const wanted = new Map<number, number>();
    for (const plan of p.plans) {
      if (clashes.has(plan.flow.id)) wanted.set(plan.entryChannel, Math.max(wanted.get(plan.entryChannel) ?? 0, (plan.flow.label?.width ?? 0) + 2 * LABEL_GAP));
    }
    for (const [channel, room] of wanted) extraRoom.set(channel, (extraRoom.get(channel) ?? 0) + room);
    run = placeAndRoute(p, extraRoom);
    labels = placeFlowLabels(run.routes, run.steps, area(run.right));
  }
  const routes = run.routes.map((r): RoutedFlow => {
    const label = labels.get(r.flow.id);
    return { flow: r.flow, points: r.points, ...(label === undefined ? {} : { label }) };
  });
  return { steps: run.steps, routes, right: run.right };
}

// Steps placed left to right in their layers and flows routed between them, for given channel widths.
function placeAndRoute(p: PlaceAndRouteInput, extraRoom: ReadonlyMap<number, number>): { steps: PlacedStep[]; routes: RouteOfFlow[]; right: number } {
  const horizontal = placeHorizontally({ steps: p.input.steps, layerOf: p.layerOf, layerCount: p.layerCount, plans: p.plans, left: p.left, extraRoom });
  const placed = new Map<string, PlacedStep>();
  for (const s of p.input.steps) {
    const l = p.layerOf(s);
    const box = {
      x: at(horizontal.layerX, l, 'layer') + (at(horizontal.layerWidth, l, 'layer') - s.shape.width) / 2,
      y: get(p.axisOf, s.id, 'axis of step') - s.shape.axis,
      width: s.shape.width,
      height: s.shape.height,
    };
    placed.set(s.id, { step: s, box, geometry: rendererForKind(s.kind).geometry(box, s.shape) });
  }
  const steps = p.input.steps.map((s) => get(placed, s.id, 'placed step'));
  const ports = placePorts({ steps, plans: p.plans, axisOf: p.axisOf, corridorY: p.corridorY });
  const tracks = channelTracks({ channelUses: horizontal.channelUses, channelX: horizontal.trackX, ports, corridorY: p.corridorY });
  const routes = routeFlows({ plans: p.plans, placed, ports, corridorY: p.corridorY, tracks });
  return { steps, routes, right: horizontal.right };
}
