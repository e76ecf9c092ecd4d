import type { Model } from '@opcc/core';
import { clipToBox } from '../../geometry/clip-line.js';
import { centreOf, type Box, type Point } from '../../geometry/box.js';
import { centresAlongLine, centresAlongPolyline, lineObstacles, placeLabels } from '../../geometry/place-labels.js';
import { clearEdges } from '../../geometry/clear-edges.js';
import { makeRoomForLabels, type LabelledIndexEdge } from '../../geometry/make-room-for-labels.js';
import { moveToOrigin, removeOverlaps } from '../../geometry/remove-overlaps.js';
import type { GraphLayout, LayoutEngine, LayoutGraph } from '../../layout/layout-engine.js';
import { layoutLegend } from '../../legend/legend.js';
import { EDGE_LABEL_FONT } from '../../shapes/shape-text.js';
import { wrapText, type WrappedText } from '../../text/wrap-text.js';
import { VIEW_TITLE_HEIGHT } from '../draw-view.js';
import { measureNodeText, type LabelledNode } from '../labelled-node.js';
import { stakeholderFill, stakeholderLegend, stakeholderName, stakeholderTypeName } from '../stakeholder-style.js';
import type { Connector, LaidOutView } from '../view-types.js';
import { isHierarchy, runsUpwards } from './hierarchy-direction.js';
import { relationshipGraph, type RelationEdge } from './relationship-graph.js';

const MARGIN = 16;
const NODE_WIDTH = 168;
const LABEL_WIDTH = 150;

/**
 * Lays out a relationship map: ELK stress for a network, so related stakeholders sit close
 * and relations have room for their words, or ELK layered top-down for a hierarchy such as
 * gold, silver, bronze. In a hierarchy the highest body is at the top: a relation that runs up
 * (reports to, escalates to, is a member of) is laid out from its `to` body down to its `from`
 * body, and drawn with its arrow as written. Labels sit on white plates on their lines.
 * @example
 * ```ts
 * const { svg } = drawView(await layoutRelationshipMap(guide, 'fly-tipping', createLayoutEngine()), 'fly-tipping-');
 * ```
 * @throws `NotFoundError` (from `@opcc/core`) for an unknown map, `InvalidIdError` for text that cannot be an id.
 */
export async function layoutRelationshipMap(model: Model, mapId: string, engine: LayoutEngine): Promise<LaidOutView> {
  const graph = relationshipGraph(model, mapId);
  const hierarchy = isHierarchy(
    model,
    graph.map.layout,
    graph.edges.flatMap((e) => e.kinds),
  );
  const upwards = new Set(graph.edges.filter((e) => hierarchy && runsUpwards(model, e.kinds)).map((e) => e.id));
  const texts = new Map(graph.stakeholders.map((s) => [s.id as string, measureNodeText(s.title, stakeholderTypeName(s.type), NODE_WIDTH, 4)]));
  const labels = new Map(graph.edges.map((e) => [e.id, wrapText(e.labels.join('; '), LABEL_WIDTH, EDGE_LABEL_FONT, 6)]));
  const input: LayoutGraph = {
    algorithm: hierarchy ? 'layered' : 'stress',
    direction: 'DOWN',
    edgeRouting: 'ORTHOGONAL',
    spacing: { node: 48, layer: 72 },
    edgeLength: 300,
    nodes: graph.stakeholders.map((s) => ({ id: s.id, width: NODE_WIDTH, height: texts.get(s.id)?.height ?? 40 })),
    edges: graph.edges.map((e) => {
      const l = labels.get(e.id) as WrappedText;
      const [source, target] = upwards.has(e.id) ? [e.to, e.from] : [e.from, e.to];
      return { id: e.id, source, target, ...(hierarchy ? { label: { width: l.width + 4, height: l.height + 2 } } : {}) };
    }),
  };
  const layout = await engine.layout(input);
  const origin = { x: MARGIN, y: VIEW_TITLE_HEIGHT + 8 };
  const ids = graph.stakeholders.map((s) => s.id as string);
  const raw = ids.map((id) => layout.nodes[id] ?? { x: 0, y: 0, width: NODE_WIDTH, height: 40 });
  const index = new Map(ids.map((id, i) => [id, i]));
  const separated = hierarchy
    ? raw
    : untangle(
        raw,
        graph.edges.map((e) => {
          const l = labels.get(e.id) as WrappedText;
          return { from: index.get(e.from) ?? 0, to: index.get(e.to) ?? 0, label: { width: l.width + 4, height: l.height + 2 } };
        }),
      );
  const shift = { x: origin.x - Math.min(...separated.map((b) => b.x), 0), y: origin.y - Math.min(...separated.map((b) => b.y), 0) };
  const boxes = new Map(ids.map((id, i) => [id, hierarchy ? offset(separated[i] as Box, shift) : (moveToOrigin(separated, origin)[i] as Box)]));

  const connectors: Connector[] = hierarchy
    ? routedConnectors(graph.edges, layout, labels, shift, [...boxes.values()], upwards)
    : straightConnectors(graph.edges, boxes, labels);

  const nodes: LabelledNode[] = graph.stakeholders.map((s) => {
    const t = texts.get(s.id) as ReturnType<typeof measureNodeText>;
    const related = graph.edges.filter((e) => e.from === s.id || e.to === s.id).length;
    return {
      id: `stakeholder-${s.id}`,
      name: stakeholderName(s, `${related} ${related === 1 ? 'relation' : 'relations'}`),
      className: `stakeholder stakeholder-${s.type}`,
      data: { stakeholder: s.id, type: s.type },
      box: boxes.get(s.id) as Box,
      text: t,
      fill: stakeholderFill(s.type),
    };
  });
  const all = [...boxes.values(), ...connectors.flatMap((c) => (c.label === undefined ? [] : [c.label.box]))];
  const right = Math.max(origin.x + 300, ...all.map((b) => b.x + b.width)) + MARGIN;
  const bottom = Math.max(origin.y, ...all.map((b) => b.y + b.height)) + MARGIN;
  const legendLayout = layoutLegend([{ title: 'Stakeholders', entries: stakeholderLegend(graph.stakeholders) }], right - 2 * MARGIN);
  const relationList = graph.edges.map((e) => `${title(graph, e.from)} ${e.labels.join(' and ')} ${title(graph, e.to)}`).join('; ');
  return {
    title: graph.map.title,
    description: `Relationship map of ${graph.stakeholders.length} stakeholders. ${relationList}.`,
    view: 'opcc-relationship-map',
    width: right,
    height: bottom + legendLayout.height + MARGIN,
    nodes,
    decoration: [],
    connectors,
    legend: { layout: legendLayout, at: { x: MARGIN, y: bottom, width: right - 2 * MARGIN, height: legendLayout.height } },
    warnings: layout.warnings,
  };
}

// Stress layout neither keeps unrelated stakeholders apart, nor keeps lines off stakeholders
// they do not join, nor leaves room on a line for its words: push boxes apart, lengthen short
// lines, push boxes off foreign lines, and apart again.
function untangle(boxes: readonly Box[], edges: readonly LabelledIndexEdge[]): Box[] {
  let result = removeOverlaps(boxes, 40);
  for (let pass = 0; pass < 4; pass++) result = removeOverlaps(clearEdges(removeOverlaps(makeRoomForLabels(result, edges, 16), 40), edges, 12), 40);
  return result;
}

function title(graph: ReturnType<typeof relationshipGraph>, id: string): string {
  return graph.stakeholders.find((s) => s.id === id)?.title ?? id;
}

function offset(box: Box, by: Point): Box {
  return { x: box.x + by.x, y: box.y + by.y, width: box.width, height: box.height };
}

// Right-angled routes from ELK; each label sits on its own line (on a white plate), on the
// longest free stretch, clear of stakeholders and other labels.
function routedConnectors(
  edges: readonly RelationEdge[],
  layout: GraphLayout,
  labels: ReadonlyMap<string, WrappedText>,
  shift: Point,
  boxes: readonly Box[],
  upwards: ReadonlySet<string>,
): Connector[] {
  // An edge laid out against its direction is routed from its `to` end: turn the route round so the arrow points as written.
  const routes = edges.map((e) => {
    const points = (layout.edges[e.id]?.points ?? []).map((p) => ({ x: p.x + shift.x, y: p.y + shift.y }));
    return upwards.has(e.id) ? points.reverse() : points;
  });
  const placed = placeLabels(
    edges.map((e, i) => {
      const label = labels.get(e.id) as WrappedText;
      return { centres: centresAlongPolyline(routes[i] ?? []), width: label.width + 4, height: label.height + 2 };
    }),
    boxes,
    routes.flatMap((route, i) => lineObstacles(i, route)),
  );
  return edges.map((e, i) => {
    const label = labels.get(e.id) as WrappedText;
    const box = placed[i] as Box;
    return {
      points: routes[i] ?? [],
      data: { from: e.from, to: e.to },
      label: { text: label, box: { x: box.x + 2, y: box.y + 1, width: label.width, height: label.height } },
    };
  });
}

// Straight lines between the borders of the boxes; labels slide along their lines to keep
// clear of stakeholders and of each other. Two-way pairs start from each label's own source side.
function straightConnectors(edges: readonly RelationEdge[], boxes: ReadonlyMap<string, Box>, labels: ReadonlyMap<string, WrappedText>): Connector[] {
  const lines = edges.map((e) => {
    const from = boxes.get(e.from) as Box;
    const to = boxes.get(e.to) as Box;
    return { e, a: clipToBox(from, centreOf(to)), b: clipToBox(to, centreOf(from)) };
  });
  const placed = placeLabels(
    lines.map(({ e, a, b }) => {
      const label = labels.get(e.id) as WrappedText;
      const size = { width: label.width + 4, height: label.height + 2 };
      return { centres: centresAlongLine(a, b, e.opposed ? 0.35 : 0.5, size), ...size };
    }),
    [...boxes.values()],
    lines.flatMap(({ a, b }, i) => lineObstacles(i, [a, b])),
  );
  return lines.map(({ e, a, b }, i) => {
    const label = labels.get(e.id) as WrappedText;
    const box = placed[i] as Box;
    return {
      points: [a, b],
      data: { from: e.from, to: e.to },
      label: { text: label, box: { x: box.x + 2, y: box.y + 1, width: label.width, height: label.height } },
    };
  });
}
