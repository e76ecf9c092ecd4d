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

// The tables as dense arrays over the code points they cover, for speed; gaps hold the fallback.
function dense(table: Readonly<Record<number, number>>): Float64Array {
  const size = Math.max(...Object.keys(table).map(Number)) + 1;
  const out = new Float64Array(size).fill(FALLBACK_ADVANCE);
  for (const [code, advance] of Object.entries(table)) out[Number(code)] = advance;
  return out;
}
const REGULAR = dense(REGULAR_ADVANCES);
const BOLD = dense(BOLD_ADVANCES);

/**
 * The width in pixels of a line of text in the font, from the committed metrics table.
 * @example
 * ```ts
 * measureText('Engage & Consult', { size: 12, bold: true }); // the width in pixels
 * ```
 */
export function measureText(text: string, font: FontSpec): number {
  const table = font.bold === true ? BOLD : REGULAR;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character, outside the table.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      units += FALLBACK_ADVANCE;
      continue;
    }
    units += code < table.length ? (table[code] as number) : FALLBACK_ADVANCE;
  }
  return (units * font.size) / UNITS_PER_EM;
}

/**
 * The distance between baselines of two wrapped lines.
 * @example
 * ```ts
 * const height = lines.length * lineHeight({ size: 12 });
 * ```
 */
export function lineHeight(font: FontSpec): number {
  return Math.ceil(font.size * 1.25);
}
