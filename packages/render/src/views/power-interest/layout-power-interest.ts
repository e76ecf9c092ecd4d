import type { Model, Stakeholder } from '@opcc/core';
import type { Box } from '../../geometry/box.js';
import { element, text, type Markup } from '../../svg/markup.js';
import { PALETTE } from '../../svg/palette.js';
import { VIEW_TITLE_HEIGHT } from '../draw-view.js';
import { measureNodeText, type LabelledNode } from '../labelled-node.js';
import { relationshipGraph } from '../relationship/relationship-graph.js';
import { stakeholderFill, stakeholderName } from '../stakeholder-style.js';
import type { LaidOutView } from '../view-types.js';
import { HIGH_FROM, QUADRANTS, quadrantOf, type Quadrant } from './quadrant.js';

const MARGIN = 16;
const AXIS = 56;
const CELL_WIDTH = 156;
const CELL_PAD = 8;
const GAP = 6;
const HEADING = 22;
const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * Lays out the power–interest grid of a relationship map's stakeholders: interest from 1 to 5
 * left to right, influence from 1 to 5 bottom to top, one cell per pair of scores, with the
 * four quadrants (high from {@link HIGH_FROM}) behind. Stakeholders without both scores are
 * listed beneath as not scored.
 * @example
 * ```ts
 * const { svg } = drawView(layoutPowerInterest(guide, 'fly-tipping'), 'grid-');
 * ```
 * @throws `NotFoundError` (from `@opcc/core`) for an unknown map, `InvalidIdError` for text that cannot be an id.
 */
export function layoutPowerInterest(model: Model, mapId: string): LaidOutView {
  const graph = relationshipGraph(model, mapId);
  const scored = graph.stakeholders.filter((s) => s.influence !== undefined && s.interest !== undefined);
  const unscored = graph.stakeholders.filter((s) => s.influence === undefined || s.interest === undefined);
  const texts = new Map(graph.stakeholders.map((s) => [s.id as string, measureNodeText(s.title, undefined, CELL_WIDTH - 2 * CELL_PAD, 5)]));
  const cell = (s: Stakeholder) => `${s.influence}:${s.interest}`;
  const inCell = new Map<string, Stakeholder[]>();
  for (const s of scored) inCell.set(cell(s), [...(inCell.get(cell(s)) ?? []), s]);
  const stackHeight = (list: readonly Stakeholder[]) => list.reduce((h, s) => h + (texts.get(s.id)?.height ?? 0) + GAP, 0);
  // Rows top to bottom are influence 5 to 1; each row is as tall as its fullest cell.
  const rowHeight = new Map(
    SCORES.map((inf) => [inf, Math.max(48, HEADING + CELL_PAD + Math.max(0, ...SCORES.map((int) => stackHeight(inCell.get(`${inf}:${int}`) ?? []))))]),
  );
  const left = MARGIN + AXIS;
  const top = VIEW_TITLE_HEIGHT + 8;
  const rowTop = new Map<number, number>();
  let y = top;
  for (const inf of [...SCORES].reverse()) {
    rowTop.set(inf, y);
    y += rowHeight.get(inf) ?? 0;
  }
  const gridBottom = y;
  const colLeft = (int: number) => left + (int - 1) * CELL_WIDTH;
  const gridRight = colLeft(6);

  const decoration: Markup[] = [];
  for (const q of ['keep-satisfied', 'manage-closely', 'monitor', 'keep-informed'] as const)
    decoration.push(quadrantBackground(q, colLeft, rowTop, rowHeight, gridBottom));
  for (const inf of SCORES) {
    for (const int of SCORES) {
      decoration.push(
        element('rect', {
          x: colLeft(int),
          y: rowTop.get(inf) ?? 0,
          width: CELL_WIDTH,
          height: rowHeight.get(inf) ?? 0,
          fill: 'none',
          stroke: '#bdbdbd',
          'stroke-width': 0.5,
        }),
      );
    }
    decoration.push(
      element(
        'text',
        { x: left - 8, y: (rowTop.get(inf) ?? 0) + (rowHeight.get(inf) ?? 0) / 2 + 4, 'text-anchor': 'end', 'font-size': 12, fill: PALETTE.text },
        [text(String(inf))],
      ),
    );
  }
  for (const int of SCORES)
    decoration.push(
      element('text', { x: colLeft(int) + CELL_WIDTH / 2, y: gridBottom + 16, 'text-anchor': 'middle', 'font-size': 12, fill: PALETTE.text }, [
        text(String(int)),
      ]),
    );
  decoration.push(
    element('text', { x: (left + gridRight) / 2, y: gridBottom + 36, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 'bold', fill: PALETTE.text }, [
      text('Interest →'),
    ]),
  );
  const midY = (top + gridBottom) / 2;
  decoration.push(
    element(
      'text',
      {
        x: MARGIN + 14,
        y: midY,
        'text-anchor': 'middle',
        'font-size': 13,
        'font-weight': 'bold',
        fill: PALETTE.text,
        transform: `rotate(-90 ${MARGIN + 14} ${Math.round(midY * 100) / 100})`,
      },
      [text('Influence (power) →')],
    ),
  );
  for (const q of Object.keys(QUADRANTS) as Quadrant[]) decoration.push(quadrantHeading(q, colLeft, rowTop));

  const nodes: LabelledNode[] = [];
  // Reading order: quadrant by quadrant, most important first; within a cell, top to bottom.
  const order: Quadrant[] = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'];
  const placed = scored.map((s) => {
    const list = inCell.get(cell(s)) ?? [];
    const before = list.slice(0, list.indexOf(s));
    const t = texts.get(s.id) as ReturnType<typeof measureNodeText>;
    const box: Box = {
      x: colLeft(s.interest ?? 1) + CELL_PAD,
      y: (rowTop.get(s.influence ?? 1) ?? 0) + HEADING + stackHeight(before),
      width: CELL_WIDTH - 2 * CELL_PAD,
      height: t.height,
    };
    return { s, box, t, q: quadrantOf(s.influence ?? 1, s.interest ?? 1) };
  });
  placed.sort((a, b) => order.indexOf(a.q) - order.indexOf(b.q) || a.box.y - b.box.y || a.box.x - b.box.x);
  for (const { s, box, t, q } of placed) {
    nodes.push(stakeholderNode(s, box, t, `influence ${s.influence}, interest ${s.interest}, ${QUADRANTS[q].title.toLowerCase()}`));
  }
  y = gridBottom + 52;
  if (unscored.length > 0) {
    decoration.push(element('text', { x: MARGIN, y: y + 12, 'font-size': 13, 'font-weight': 'bold', fill: PALETTE.text }, [text('Not scored')]));
    let x = MARGIN + 90;
    let rowH = 0;
    for (const s of unscored) {
      const t = texts.get(s.id) as ReturnType<typeof measureNodeText>;
      const width = CELL_WIDTH - 2 * CELL_PAD;
      if (x + width > gridRight) {
        x = MARGIN + 90;
        y += rowH + GAP;
        rowH = 0;
      }
      nodes.push(stakeholderNode(s, { x, y, width, height: t.height }, t, 'influence and interest not scored'));
      x += width + GAP;
      rowH = Math.max(rowH, t.height);
    }
    y += rowH + MARGIN;
  }
  const counts = order.map((q) => `${QUADRANTS[q].title.toLowerCase()}: ${placed.filter((p) => p.q === q).length}`).join(', ');
  return {
    title: `${graph.map.title}: power and interest`,
    description: `Power–interest grid of ${graph.stakeholders.length} stakeholders (${counts}; not scored: ${unscored.length}). Interest runs left to right, influence bottom to top.`,
    view: 'opcc-power-interest',
    width: gridRight + MARGIN,
    height: y + MARGIN,
    nodes,
    decoration,
    connectors: [],
    warnings: [],
  };
}

function stakeholderNode(s: Stakeholder, box: Box, t: ReturnType<typeof measureNodeText>, scores: string): LabelledNode {
  return {
    id: `stakeholder-${s.id}`,
    name: stakeholderName(s, scores),
    className: `stakeholder stakeholder-${s.type}`,
    data: { stakeholder: s.id, type: s.type, influence: s.influence?.toString(), interest: s.interest?.toString() },
    box,
    text: t,
    fill: stakeholderFill(s.type),
  };
}

function quadrantBackground(
  q: Quadrant,
  colLeft: (i: number) => number,
  rowTop: ReadonlyMap<number, number>,
  rowHeight: ReadonlyMap<number, number>,
  bottom: number,
): Markup {
  const high = q === 'manage-closely' || q === 'keep-satisfied';
  const keen = q === 'manage-closely' || q === 'keep-informed';
  const x1 = keen ? colLeft(HIGH_FROM) : colLeft(1);
  const x2 = keen ? colLeft(6) : colLeft(HIGH_FROM);
  const y1 = high ? (rowTop.get(5) ?? 0) : (rowTop.get(HIGH_FROM - 1) ?? 0);
  const y2 = high ? (rowTop.get(HIGH_FROM) ?? 0) + (rowHeight.get(HIGH_FROM) ?? 0) : bottom;
  return element('rect', {
    class: `quadrant quadrant-${q}`,
    x: x1,
    y: y1,
    width: x2 - x1,
    height: y2 - y1,
    fill: QUADRANTS[q].fill,
    stroke: PALETTE.stroke,
    'stroke-width': 1,
  });
}

function quadrantHeading(q: Quadrant, colLeft: (i: number) => number, rowTop: ReadonlyMap<number, number>): Markup {
  const high = q === 'manage-closely' || q === 'keep-satisfied';
  const keen = q === 'manage-closely' || q === 'keep-informed';
  const x = keen ? colLeft(6) - 6 : colLeft(1) + 6;
  const y = (high ? (rowTop.get(5) ?? 0) : (rowTop.get(HIGH_FROM - 1) ?? 0)) + 15;
  return element('text', { class: 'quadrant-title', x, y, 'text-anchor': keen ? 'end' : 'start', 'font-size': 13, 'font-weight': 'bold', fill: PALETTE.text }, [
    text(QUADRANTS[q].title),
  ]);
}
