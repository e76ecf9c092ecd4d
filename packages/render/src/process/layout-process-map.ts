import type { LayoutEngine, LayoutGraph } from '../layout/layout-engine.js';
import { layoutLegend, type LegendLayout } from '../legend/legend.js';
import { rendererForKind } from '../shapes/shape-registry.js';
import { placeHorizontally } from './channels.js';
import { planFlows } from './flow-plans.js';
import { layersFromPositions } from './layer-grid.js';
import { at, get } from './lookup.js';
import { LANE_HEADER_WIDTH } from './map-layout-input.js';
import { placePorts } from './ports.js';
import type { LaidOutMap, MapLayoutInput, PlacedLane, PlacedStep, StepInput } from './process-types.js';
import { routeFlows } from './route-flows.js';
import { channelTracks, corridorTracks, corridorYs } from './tracks.js';
import { placeVertically } from './vertical-placement.js';

/** The height of the title line above the lanes. */
export const TITLE_HEIGHT = 40;
const MARGIN = 16;

/** A process map laid out, plus the legend layout drawn beneath it. */
export type LaidOutProcessMap = LaidOutMap & { readonly legendLayout: LegendLayout };

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
  const horizontal = placeHorizontally({ steps: input.steps, layerOf, layerCount, plans, left });

  const placed = new Map<string, PlacedStep>();
  for (const s of input.steps) {
    const l = layerOf(s);
    const box = {
      x: at(horizontal.layerX, l, 'layer') + (at(horizontal.layerWidth, l, 'layer') - s.shape.width) / 2,
      y: get(vertical.axisOf, s.id, 'axis of step') - s.shape.axis,
      width: s.shape.width,
      height: s.shape.height,
    };
    placed.set(s.id, { step: s, box, geometry: rendererForKind(s.kind).geometry(box, s.shape) });
  }
  const placedSteps = input.steps.map((s) => get(placed, s.id, 'placed step'));

  const corridorY = corridorYs(plans, vertical.bands, corridors);
  const ports = placePorts({ steps: placedSteps, plans, axisOf: vertical.axisOf, corridorY });
  const tracks = channelTracks({ channelUses: horizontal.channelUses, channelX: horizontal.channelX, ports, corridorY });
  const routed = routeFlows({ plans, placed, ports, corridorY, tracks });

  const lanes: PlacedLane[] = input.lanes.map((lane, l) => {
    const band = at(vertical.bands, l, 'lane band');
    return {
      lane,
      box: { x: left, y: band.top, width: horizontal.right - left, height: band.height },
      header: hasHeaders ? { x: MARGIN, y: band.top, width: LANE_HEADER_WIDTH, height: band.height } : undefined,
    };
  });
  const width = horizontal.right + MARGIN;
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
