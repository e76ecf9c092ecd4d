import { BOLD_ADVANCES, REGULAR_ADVANCES, UNITS_PER_EM } from './font-metrics-data.js';

/** A font the maps draw text in: Liberation Sans at a size in pixels, regular or bold. */
export interface FontSpec {
  readonly size: number;
  readonly bold?: boolean;
}

/** The CSS font stack the SVG names; the metrics table is Liberation Sans, metric-compatible with Arial. */
export const FONT_FAMILY = '"Liberation Sans", Arial, Helvetica, sans-serif';

// Characters missing from the table (rare scripts, emoji) are measured as a wide glyph, so a
// label may wrap early but never spill out of its shape.
const FALLBACK_ADVANCE = UNITS_PER_EM;

/** The width in pixels of a line of text in the font, from the committed metrics table. */
export function measureText(text: string, font: FontSpec): number {
  const table = font.bold === true ? BOLD_ADVANCES : REGULAR_ADVANCES;
  let units = 0;
  for (const char of text) units += table[char.codePointAt(0) ?? 0] ?? FALLBACK_ADVANCE;
  return (units * font.size) / UNITS_PER_EM;
}

/** The distance between baselines of two wrapped lines. */
export function lineHeight(font: FontSpec): number {
  return Math.ceil(font.size * 1.25);
}
