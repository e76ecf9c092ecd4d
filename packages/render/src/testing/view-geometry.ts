import { boxContains, boxesOverlap, type Box, type Point } from '../geometry/box.js';
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
    if (from !== undefined && first !== undefined && !onBorder(from, first)) problems.push(`connector ${c.data?.from}→${c.data?.to} does not start on its node`);
    if (to !== undefined && last !== undefined && !onBorder(to, last)) problems.push(`connector ${c.data?.from}→${c.data?.to} does not end on its node`);
  }
  return problems;
}

function onBorder(box: Box, p: Point, tolerance = 1): boolean {
  const inside = p.x >= box.x - tolerance && p.x <= box.x + box.width + tolerance && p.y >= box.y - tolerance && p.y <= box.y + box.height + tolerance;
  const nearEdge =
    Math.abs(p.x - box.x) <= tolerance || Math.abs(p.x - box.x - box.width) <= tolerance || Math.abs(p.y - box.y) <= tolerance || Math.abs(p.y - box.y - box.height) <= tolerance;
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
        if (segmentCrossesBox(p, q, inner)) problems.push(`${c.data?.from}→${c.data?.to} passes through ${n.id}`);
      }
    }
  }
  return problems;
}

// Liang–Barsky clipping: true when any part of the segment lies inside the box.
function segmentCrossesBox(p: Point, q: Point, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const checks: Array<[number, number]> = [
    [-dx, p.x - box.x],
    [dx, box.x + box.width - p.x],
    [-dy, p.y - box.y],
    [dy, box.y + box.height - p.y],
  ];
  for (const [pk, qk] of checks) {
    if (pk === 0) {
      if (qk < 0) return false;
      continue;
    }
    const t = qk / pk;
    if (pk < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}
