import type { PortSide } from '../shapes/shape-renderer.js';

const SPACING = 12;

/**
 * The y of flows attaching on one side of a shape, given the y each flow heads for next
 * (`towards`, in any order). Flows keep their top-to-bottom order, `SPACING` apart; the flow
 * heading most nearly straight across sits on the shape's axis so its line has no jog, and the
 * set is shifted to stay within the side. Returns a y per flow, in the order given.
 */
export function spreadPorts(side: PortSide, axis: number, towards: readonly number[]): number[] {
  const count = towards.length;
  if (count === 0) return [];
  const order = towards.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const room = side.yMax - side.yMin;
  const spacing = count <= 1 ? 0 : Math.min(SPACING, room / (count - 1));
  let straight = 0;
  order.forEach((o, k) => {
    if (Math.abs(o.y - axis) < Math.abs((order[straight]?.y ?? 0) - axis)) straight = k;
  });
  const centre = Math.min(side.yMax, Math.max(side.yMin, axis));
  const first = Math.min(side.yMax - spacing * (count - 1), Math.max(side.yMin, centre - straight * spacing));
  const result = new Array<number>(count);
  order.forEach((o, k) => {
    result[o.i] = first + k * spacing;
  });
  return result;
}
