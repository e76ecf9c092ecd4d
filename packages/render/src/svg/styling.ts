import type { FontSpec } from '../text/measure-text.js';
import type { AttributeValue } from './markup.js';
import { PALETTE } from './palette.js';

/**
 * How a drawing carries its look. `inline`: presentation attributes on every element, so the SVG looks right on its own
 * (exported files, PNG). `classes`: short class names that a page's stylesheet styles (the site's site.css, rules under
 * `.opcc-styled`), so a site of many drawings does not repeat the same attributes on every shape.
 */
export type Styling = 'inline' | 'classes';

// The styling of the drawing being made. Drawing is synchronous, so this is set for exactly one drawing at a time by
// withStyling, rather than passed through every shape renderer (their signatures are public).
let current: Styling = 'inline';

/** Runs a synchronous draw with the given styling, restoring the previous one afterwards. */
export function withStyling<T>(styling: Styling, draw: () => T): T {
  const before = current;
  current = styling;
  try {
    return draw();
  } finally {
    current = before;
  }
}

/** Whether the drawing being made is styled by classes. */
export function styledByClasses(): boolean {
  return current === 'classes';
}

/** The attributes with inline styling; in classes styling `class` alone, which names rules giving the same look. */
export function paint(className: string, attributes: Readonly<Record<string, AttributeValue>>): Record<string, AttributeValue> {
  return current === 'classes' ? { class: className } : { ...attributes };
}

/** The attributes with inline styling; none in classes styling, where the element's own class is styled. */
export function inlineOnly(attributes: Readonly<Record<string, AttributeValue>>): Record<string, AttributeValue> {
  return current === 'classes' ? {} : { ...attributes };
}

// Text sizes the stylesheet has a class for; the root sets 13, the label size.
const SIZE_CLASSES: ReadonlySet<number> = new Set([11, 12, 18]);

/**
 * The attributes that give text its font, anchor and colour, or in classes styling as few classes as do; `className`,
 * when given, leads the class list. `contextFont` is the font the stylesheet gives unclassed text where this text goes
 * (a flow's label); text in that font, centred and in the usual colour, then carries no attribute of its own.
 */
export function textPaint(
  font: FontSpec,
  align: 'start' | 'middle',
  fill: string = PALETTE.text,
  className?: string,
  contextFont?: FontSpec,
): Record<string, AttributeValue> {
  const bold = font.bold === true;
  if (current === 'classes' && className === undefined && align === 'middle' && fill === PALETTE.text && sameFont(font, contextFont)) return {};
  if (current === 'inline' || (font.size !== 13 && !SIZE_CLASSES.has(font.size))) {
    return { class: className, 'text-anchor': align === 'start' ? undefined : align, 'font-size': font.size, 'font-weight': bold ? 'bold' : undefined, fill };
  }
  const classes = [className, font.size === 13 ? '' : `f${font.size}`, bold ? 'b' : '', align === 'start' ? 's' : ''].filter(
    (c) => c !== undefined && c !== '',
  );
  return { class: classes.length === 0 ? undefined : classes.join(' '), fill: fill === PALETTE.text ? undefined : fill };
}

/**
 * The outline of a shape filled with `fill`: the usual stroke, 1.5 wide, or 4 (an end event). In classes styling `o`
 * (or `o4`), and the stylesheet fills an outline with no fill attribute white, the usual shape fill.
 */
export function outline(fill: string, width: 1.5 | 4 = 1.5): Record<string, AttributeValue> {
  if (current === 'inline') return { fill, stroke: PALETTE.stroke, 'stroke-width': width };
  return { fill: fill === PALETTE.shapeFill ? undefined : fill, class: width === 4 ? 'o4' : 'o' };
}

/** An unfilled line in the usual stroke colour, `width` wide (written as text: 0.75 must not round to 0.8); class `w…`. */
export function strokeLine(width: '0.75' | '1' | '1.25'): Record<string, AttributeValue> {
  return paint(`w${width.replace('.', '')}`, { fill: 'none', stroke: PALETTE.stroke, 'stroke-width': width });
}

/** A thin outline: the usual stroke, 1 wide (lane bands, legend swatches). */
export function thinOutline(): Record<string, AttributeValue> {
  return paint('o1', { stroke: PALETTE.stroke, 'stroke-width': 1 });
}

/**
 * The fill of a thin outline (a lane band, a legend swatch). In classes styling the first lane tint, the fill of every map
 * with one lane, is left out: the stylesheet fills an `o1` with no fill attribute with it.
 */
export function thinOutlineFill(fill: string): string | undefined {
  return current === 'classes' && fill === PALETTE.lanes[0] ? undefined : fill;
}

function sameFont(font: FontSpec, other: FontSpec | undefined): boolean {
  return other !== undefined && font.size === other.size && (font.bold === true) === (other.bold === true);
}
