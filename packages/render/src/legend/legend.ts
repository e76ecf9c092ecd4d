import type { Box } from '../geometry/box.js';
import { element, fragment, text, type Markup } from '../svg/markup.js';
import { textPaint, thinOutline, thinOutlineFill } from '../svg/styling.js';
import { measureText, type FontSpec } from '../text/measure-text.js';

/** A titled group of colour swatches. */
export interface LegendSection {
  readonly title: string;
  readonly entries: ReadonlyArray<{ readonly label: string; readonly fill: string }>;
}

/** A legend laid out in rows within a width. */
export interface LegendLayout {
  readonly width: number;
  readonly height: number;
  readonly items: ReadonlyArray<{ readonly kind: 'title' | 'swatch'; readonly label: string; readonly fill?: string; readonly x: number; readonly y: number }>;
}

const FONT: FontSpec = { size: 12 };
const TITLE_FONT: FontSpec = { size: 12, bold: true };
const SWATCH = 14;
const ROW = 22;

/** Lays out legend sections, one or more rows each, wrapping entries at `width`. */
export function layoutLegend(sections: readonly LegendSection[], width: number): LegendLayout {
  const items: Array<LegendLayout['items'][number]> = [];
  let y = 0;
  for (const section of sections.filter((s) => s.entries.length > 0)) {
    let x = 0;
    items.push({ kind: 'title', label: section.title, x, y });
    x += measureText(section.title, TITLE_FONT) + 12;
    for (const entry of section.entries) {
      const w = SWATCH + 6 + measureText(entry.label, FONT) + 16;
      if (x + w > width && x > 0) {
        x = 16;
        y += ROW;
      }
      items.push({ kind: 'swatch', label: entry.label, fill: entry.fill, x, y });
      x += w;
    }
    y += ROW;
  }
  return { width, height: y, items };
}

/** Draws a legend laid out by {@link layoutLegend} with its top-left corner at `at`. */
export function drawLegend(legend: LegendLayout, at: Box): Markup {
  if (legend.items.length === 0) return fragment([]);
  return element('g', { class: 'legend', 'aria-label': 'Legend', role: 'group' }, [
    ...legend.items.map((item) =>
      item.kind === 'title'
        ? element('text', { x: at.x + item.x, y: at.y + item.y + 11, ...textPaint(TITLE_FONT, 'start') }, [text(item.label)])
        : fragment([
            element('rect', {
              x: at.x + item.x,
              y: at.y + item.y,
              width: SWATCH,
              height: SWATCH,
              ...thinOutline(),
              fill: item.fill === undefined ? undefined : thinOutlineFill(item.fill),
            }),
            element('text', { x: at.x + item.x + SWATCH + 6, y: at.y + item.y + 11, ...textPaint(FONT, 'start') }, [text(item.label)]),
          ]),
    ),
  ]);
}
