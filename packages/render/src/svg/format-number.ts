/**
 * A coordinate as text, rounded to one decimal (a tenth of a pixel at the drawing's own size, finer than a screen shows),
 * with no "-0" and no trailing zeros, so output is short and stable.
 */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) || rounded === 0 ? '0' : String(rounded);
}
