import type { Box } from '../../geometry/box.js';
import { formatNumber } from '../../svg/format-number.js';

/**
 * A chevron pointing right with a point `tip` deep; the first of a chain has a flat left side. Written with relative
 * moves between corners rounded as every coordinate is, so a hundred stages do not each repeat their top and bottom.
 */
export function chevronPath(box: Box, tip: number, first: boolean): string {
  const { x, y, width: w, height: h } = box;
  const at = (n: number) => Math.round(n * 10) / 10;
  const [left, top, bottom, middle, shoulder, point] = [at(x), at(y), at(y + h), at(y + h / 2), at(x + w - tip), at(x + w)];
  const n = formatNumber;
  const down = `${n(point - shoulder)},${n(middle - top)}`;
  const back = `${n(shoulder - point)},${n(bottom - middle)}`;
  const notch = first ? '' : `l${n(at(x + tip) - left)},${n(middle - bottom)}`;
  return `M${n(left)},${n(top)}h${n(shoulder - left)}l${down}${back.startsWith('-') ? '' : ','}${back}H${n(left)}${notch}Z`;
}
