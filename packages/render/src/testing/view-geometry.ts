import { boxContains, boxesOverlap, type Box, type Point } from '../geometry/box.js';
import { segmentLengthInBox } from '../geometry/segment-in-box.js';
import { nodeTextBox } from '../views/labelled-node.js';
import type { LaidOutView } from '../views/view-types.js';

/** Everything wrong with the geometry of a laid-out view: overlapping nodes, labels that do not fit, connectors not on their nodes. */
export function viewProblems(view: LaidOutView, options: { readonly mayOverlap?: (a: string, b: string) => boolean } = {}): string[] {
  const problems: string[] = [];
  const nodes = view.nodes;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      if (a === undefined || b === undefined || options.mayOverlap?.(a.id, b.id) === true) continue;
      if (boxesOverlap(a.box, b.box)) problems.push(`${a.id} overlaps ${b.id}`);
    }
  }
  const page: Box = { x: 0, y: 0, width: view.width, height: view.height };
  for (const n of nodes) {
    const area = nodeTextBox(n);
    if (!boxContains(n.box, area)) problems.push(`label of ${n.id} is outside its box`);
    if (n.text.label.width > area.width + 0.01) problems.push(`label of ${n.id} is wider than its box`);
    if (!boxContains(page, n.box)) problems.push(`${n.id} is outside the drawing`);
  }
  const byData = new Map(nodes.map((n) => [Object.values(n.data).find((v) => v !== undefined) ?? n.id, n.box]));
  for (const c of view.connectors) {
    const from = c.data?.from === undefined ? undefined : byData.get(c.data.from);
    const to = c.data?.to === undefined ? undefined : byData.get(c.data.to);
    const first = c.points[0];
    const last = c.points[c.points.length - 1];
    if (from !== undefined && first !== undefined && !onBorder(from, first))
      problems.push(`connector ${c.data?.from}→${c.data?.to} does not start on its node`);
    if (to !== undefined && last !== undefined && !onBorder(to, last)) problems.push(`connector ${c.data?.from}→${c.data?.to} does not end on its node`);
  }
  return problems;
}

function onBorder(box: Box, p: Point, tolerance = 1): boolean {
  const inside = p.x >= box.x - tolerance && p.x <= box.x + box.width + tolerance && p.y >= box.y - tolerance && p.y <= box.y + box.height + tolerance;
  const nearEdge =
    Math.abs(p.x - box.x) <= tolerance ||
    Math.abs(p.x - box.x - box.width) <= tolerance ||
    Math.abs(p.y - box.y) <= tolerance ||
    Math.abs(p.y - box.y - box.height) <= tolerance;
  return inside && nearEdge;
}

/** Straight connectors that pass through a node they do not join (by the nodes' first data value). */
export function linesThroughNodes(view: LaidOutView): string[] {
  const problems: string[] = [];
  const key = (n: LaidOutView['nodes'][number]) => Object.values(n.data).find((v) => v !== undefined) ?? n.id;
  for (const c of view.connectors) {
    for (let k = 1; k < c.points.length; k++) {
      const p = c.points[k - 1] as Point;
      const q = c.points[k] as Point;
      for (const n of view.nodes) {
        if (key(n) === c.data?.from || key(n) === c.data?.to) continue;
        const inner = { x: n.box.x + 2, y: n.box.y + 2, width: n.box.width - 4, height: n.box.height - 4 };
        if (segmentLengthInBox(p, q, inner) > 0) problems.push(`${c.data?.from}→${c.data?.to} passes through ${n.id}`);
      }
    }
  }
  return problems;
}

/** Connector labels that cover a node or another label: text hidden or run together. */
export function labelOverlaps(view: LaidOutView): string[] {
  const problems: string[] = [];
  const labelled = view.connectors.filter((c) => c.label !== undefined);
  const name = (c: LaidOutView['connectors'][number]) => `label of ${c.data?.from}→${c.data?.to}`;
  labelled.forEach((c, i) => {
    const box = c.label?.box as Box;
    for (const n of view.nodes) if (boxesOverlap(box, n.box)) problems.push(`${name(c)} covers ${n.id}`);
    for (const other of labelled.slice(i + 1)) if (boxesOverlap(box, other.label?.box as Box)) problems.push(`${name(c)} covers ${name(other)}`);
  });
  return problems;
}
