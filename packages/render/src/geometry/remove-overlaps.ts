import { boxesOverlap, type Box } from './box.js';

/**
 * Pushes boxes apart until none overlap (with `gap` between them), moving each pair along the
 * axis of least overlap. Deterministic: pairs are visited in index order. Returns new boxes.
 */
export function removeOverlaps(boxes: readonly Box[], gap: number, maxRounds = 200): Box[] {
  const out = boxes.map((b) => ({ ...b }));
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i] as Box & { x: number; y: number };
        const b = out[j] as Box & { x: number; y: number };
        const grown = { x: a.x - gap / 2, y: a.y - gap / 2, width: a.width + gap, height: a.height + gap };
        const other = { x: b.x - gap / 2, y: b.y - gap / 2, width: b.width + gap, height: b.height + gap };
        if (!boxesOverlap(grown, other)) continue;
        moved = true;
        const dx = Math.min(grown.x + grown.width - other.x, other.x + other.width - grown.x);
        const dy = Math.min(grown.y + grown.height - other.y, other.y + other.height - grown.y);
        const bRightOfA = b.x + b.width / 2 >= a.x + a.width / 2;
        const bBelowA = b.y + b.height / 2 >= a.y + a.height / 2;
        if (dx <= dy) {
          const shift = (dx + 0.5) / 2;
          a.x += bRightOfA ? -shift : shift;
          b.x += bRightOfA ? shift : -shift;
        } else {
          const shift = (dy + 0.5) / 2;
          a.y += bBelowA ? -shift : shift;
          b.y += bBelowA ? shift : -shift;
        }
      }
    }
    if (!moved) break;
  }
  return out;
}

/** Moves boxes so the smallest x and y are at the given origin. */
export function moveToOrigin<T extends Box>(boxes: readonly T[], origin: { x: number; y: number }): T[] {
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  return boxes.map((b) => ({ ...b, x: b.x - minX + origin.x, y: b.y - minY + origin.y }));
}
