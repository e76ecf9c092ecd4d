/** A coordinate as text, rounded to two decimals, with no "-0" and no trailing zeros, so output is stable. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) || rounded === 0 ? '0' : String(rounded);
}
