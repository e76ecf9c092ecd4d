import type { Point } from '../geometry/box.js';
import type { LabelRequest } from '../geometry/place-labels.js';
import { LABEL_GAP } from './layout-spacing.js';

/** How far apart, along a line, neighbouring places for a label are tried. */
const SLIDE = 8;
/** The most places tried along one segment, on each side. */
const MAX_PLACES = 40;
/** What moving a label one segment further from its preferred one costs, against covering another line (4 per unit). */
const SEGMENT_PENALTY = 2;
/** A tiny cost per place tried, so the first free place in order of preference wins. */
const ORDER_PENALTY = 0.001;

type Centre = LabelRequest['centres'][number];

/**
 * The places a flow's label may go, best first, for a label (plate) of the given size: beside
 * the flow's last horizontal run, right against the shape it enters, and then beside its first
 * run, next to the shape it leaves (the other way round for the answer of a decision, which
 * belongs beside the diamond); then beside the runs between; then beside its vertical runs.
 * Along each run the label slides away from the preferred end, on the side the flow turns to
 * first, never past the run's ends, so it always sits next to its own arrow.
 */
export function flowLabelCentres(points: readonly Point[], size: { readonly width: number; readonly height: number }, nearSource = false): Centre[] {
  const runs = points.slice(1).map((to, i) => ({ from: points[i] as Point, to, index: i }));
  const last = runs.length - 1;
  const horizontal = runs.filter((r) => r.from.y === r.to.y && r.from.x !== r.to.x);
  const vertical = runs.filter((r) => r.from.x === r.to.x && r.from.y !== r.to.y);
  const [best, next] = nearSource ? [0, last] : [last, 0];
  const rank = (i: number) => (i === best ? 0 : i === next ? 1 : 2);
  const ordered = [...horizontal.sort((a, b) => rank(a.index) - rank(b.index) || a.index - b.index), ...vertical];
  const centres: Centre[] = [];
  ordered.forEach((run, r) => {
    const isHorizontal = run.from.y === run.to.y;
    // Along the run: x for a horizontal run, y for a vertical one; across it, the other.
    const along = (p: Point) => (isHorizontal ? p.x : p.y);
    const lo = Math.min(along(run.from), along(run.to)) + LABEL_GAP;
    const hi = Math.max(along(run.from), along(run.to)) - LABEL_GAP;
    const extent = isHorizontal ? size.width : size.height;
    if (hi - lo < extent) return;
    const first = lo + extent / 2;
    const final = hi - extent / 2;
    // The last run is tried from the target end, the first from the source end (a lone run from the end its label
    // belongs to), others from the middle out.
    const end = run.index === 0 && (nearSource || last > 0) ? 'source' : run.index === last ? 'target' : 'middle';
    const start = end === 'target' ? final : end === 'source' ? first : (first + final) / 2;
    const offsets = slides(end === 'target' ? -1 : end === 'source' ? 1 : 0);
    const across = isHorizontal ? run.from.y : run.from.x;
    // Clear of the line by a unit, so that a label beside a run that other flows share does not count as covering them.
    const apart = (isHorizontal ? size.height : size.width) / 2 + 1;
    // The side the flow turns to after its first run, or came from before its last, keeps the label in the corner it makes.
    const turn = run.index === 0 ? points[2] : run.index === last ? points[last - 1] : undefined;
    const sides = turn !== undefined && (isHorizontal ? turn.y > across : turn.x > across) ? [1, -1] : [-1, 1];
    for (const offset of offsets) {
      const a = start + offset;
      if (a < first - 0.01 || a > final + 0.01) continue;
      for (const side of sides) {
        const c = across + side * apart;
        centres.push({ ...(isHorizontal ? { x: a, y: c } : { x: c, y: a }), penalty: SEGMENT_PENALTY * r + ORDER_PENALTY * centres.length });
      }
    }
  });
  return centres;
}

// Offsets from a starting place: one way only (sign ±1), or both ways alternately (sign 0).
function slides(sign: number): number[] {
  return Array.from({ length: MAX_PLACES }, (_, k) => (sign === 0 ? (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) : sign * k) * SLIDE);
}
