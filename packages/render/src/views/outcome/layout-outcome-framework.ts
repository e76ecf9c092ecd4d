import { frameworkId as toFrameworkId, indexModel, type Model, type OutcomeFramework } from '@opcc/core';
import type { Box } from '../../geometry/box.js';
import type { LayoutEngine, LayoutGraph } from '../../layout/layout-engine.js';
import { layoutLegend } from '../../legend/legend.js';
import { PALETTE } from '../../svg/palette.js';
import { VIEW_TITLE_HEIGHT } from '../draw-view.js';
import { measureNodeText, type LabelledNode } from '../labelled-node.js';
import type { Connector, LaidOutView } from '../view-types.js';

const MARGIN = 16;
const WIDTH = 190;

interface Element {
  readonly id: string;
  readonly title: string;
  readonly level: string;
  readonly caption: string;
  readonly fill: string;
}

const LEVELS = [
  { level: 'vision', caption: 'Vision', fill: PALETTE.band },
  { level: 'outcome', caption: 'Outcome', fill: PALETTE.parties[1] },
  { level: 'objective', caption: 'Objective', fill: PALETTE.chain },
  { level: 'area-priority', caption: 'Area priority', fill: PALETTE.area },
] as const;

/**
 * Lays out an outcome framework top-down: the vision, the outcomes that serve it, the
 * objectives that serve the outcomes (objective.outcomes) and the area priorities that serve
 * the objectives (areaPriority.objectives), with ELK layered downwards.
 * @example
 * ```ts
 * const view = await layoutOutcomeFramework(guide, 'community-outcome-framework', createLayoutEngine());
 * ```
 * @throws `NotFoundError` (from `@opcc/core`) for an unknown framework, `InvalidIdError` for text that cannot be an id.
 */
export async function layoutOutcomeFramework(model: Model, frameworkId: string, engine: LayoutEngine): Promise<LaidOutView> {
  const framework = indexModel(model).getFramework(toFrameworkId(frameworkId));
  const elements = elementsOf(framework);
  const edges = edgesOf(framework);
  const texts = new Map(elements.map((e) => [e.id, measureNodeText(e.title, e.caption, WIDTH, 5)]));
  const graph: LayoutGraph = {
    algorithm: 'layered',
    direction: 'DOWN',
    edgeRouting: 'ORTHOGONAL',
    spacing: { node: 28, layer: 56 },
    nodes: elements.map((e) => ({ id: e.id, width: WIDTH, height: texts.get(e.id)?.height ?? 40 })),
    edges: edges.map((e, i) => ({ id: `serves-${i}`, source: e.from, target: e.to })),
  };
  const layout = await engine.layout(graph);
  const origin = { x: MARGIN, y: VIEW_TITLE_HEIGHT + 8 };
  const shift = (b: Box): Box => ({ ...b, x: b.x + origin.x, y: b.y + origin.y });
  const nodes: LabelledNode[] = elements.map((e) => ({
    id: `outcome-${e.id}`,
    name: `${e.caption}: ${e.title}`,
    className: `outcome outcome-${e.level}`,
    data: { outcome: e.id, level: e.level },
    box: shift(layout.nodes[e.id] ?? { x: 0, y: 0, width: WIDTH, height: 40 }),
    text: texts.get(e.id) as ReturnType<typeof measureNodeText>,
    fill: e.fill,
  }));
  const connectors: Connector[] = edges.map((e, i) => ({
    points: (layout.edges[`serves-${i}`]?.points ?? []).map((p) => ({ x: p.x + origin.x, y: p.y + origin.y })),
    data: { from: e.from, to: e.to },
  }));
  const width = Math.max(origin.x + layout.width, 480) + MARGIN;
  const bottom = origin.y + layout.height + MARGIN;
  const legendLayout = layoutLegend([{ title: 'Levels', entries: LEVELS.map((l) => ({ label: l.caption, fill: l.fill })) }], width - 2 * MARGIN);
  return {
    title: framework.title,
    description: `Outcome framework: the vision "${framework.vision.title}", ${framework.outcomes.length} outcomes, ${framework.objectives.length} objectives and ${framework.areaPriorities.length} area priorities, from the vision at the top down.`,
    view: 'opcc-outcome-framework',
    width,
    height: bottom + legendLayout.height + MARGIN,
    nodes,
    decoration: [],
    connectors,
    legend: { layout: legendLayout, at: { x: MARGIN, y: bottom, width: width - 2 * MARGIN, height: legendLayout.height } },
    warnings: layout.warnings,
  };
}

function elementsOf(f: OutcomeFramework): Element[] {
  const [vision, outcome, objective, priority] = LEVELS;
  return [
    { id: f.vision.id, title: f.vision.title, level: vision.level, caption: vision.caption, fill: vision.fill },
    ...f.outcomes.map((o) => ({ id: o.id, title: o.title, level: outcome.level, caption: outcome.caption, fill: outcome.fill })),
    ...f.objectives.map((o) => ({ id: o.id, title: o.title, level: objective.level, caption: objective.caption, fill: objective.fill })),
    ...f.areaPriorities.map((p) => ({ id: p.id, title: p.title, level: priority.level, caption: `${priority.caption}: ${p.area}`, fill: priority.fill })),
  ];
}

// Arrows point from what is served down to what serves it, so the tree reads from the vision down.
function edgesOf(f: OutcomeFramework): Array<{ from: string; to: string }> {
  const known = new Set([f.vision.id, ...f.outcomes.map((o) => o.id), ...f.objectives.map((o) => o.id)] as string[]);
  return [
    ...f.outcomes.map((o) => ({ from: f.vision.id as string, to: o.id as string })),
    ...f.objectives.flatMap((o) => o.outcomes.filter((id) => known.has(id)).map((id) => ({ from: id as string, to: o.id as string }))),
    ...f.areaPriorities.flatMap((p) => p.objectives.filter((id) => known.has(id)).map((id) => ({ from: id as string, to: p.id as string }))),
  ];
}
