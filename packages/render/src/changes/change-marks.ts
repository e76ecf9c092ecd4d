import type { Box } from '../geometry/box.js';
import { CAPTION_FONT } from '../shapes/shape-text.js';
import { element, text, type Markup } from '../svg/markup.js';
import { PALETTE } from '../svg/palette.js';
import { measureText } from '../text/measure-text.js';
import type { LaneChangeKind } from './lane-changes.js';
import type { StepChangeKind } from './step-changes.js';

/**
 * Dark enough for white badge text (at least 4.5:1), and told apart by more than colour: each kind has its own badge
 * text and outline (double dashed, struck through, solid).
 */
export const CHANGE_COLOURS: Readonly<Record<StepChangeKind, string>> = {
  added: '#17663a',
  removed: '#a3241a',
  moved: '#5b3c99',
  changed: '#7a4500',
};

/** What each kind of change is called in an accessible name and in the key of the views. */
export const CHANGE_LABELS: Readonly<Record<StepChangeKind, string>> = { added: 'Added', removed: 'Removed', moved: 'Moved', changed: 'Changed' };

const BADGE_TEXT: Readonly<Record<StepChangeKind, string>> = { added: '+', removed: '\u2212', moved: 'moved', changed: 'changed' };
const BADGE_HEIGHT = 18;

/**
 * The marks of a changed shape, drawn over it: an outline (double and dashed for an added shape, solid otherwise), a
 * line through a removed shape and its label at `strikeY`, and a badge on the top right corner saying what changed.
 * @example
 * ```ts
 * changeMark('removed', placed.box, geometry.label.y + geometry.label.height / 2);
 * ```
 */
export function changeMark(change: StepChangeKind, box: Box, strikeY: number): Markup {
  const colour = CHANGE_COLOURS[change];
  const ring = (gap: number, dashed: boolean) =>
    element('rect', {
      class: 'change-outline',
      x: box.x - gap,
      y: box.y - gap,
      width: box.width + 2 * gap,
      height: box.height + 2 * gap,
      rx: 4 + gap,
      fill: 'none',
      stroke: colour,
      'stroke-width': 2,
      'stroke-dasharray': dashed ? '6 3' : undefined,
    });
  return element('g', { class: `change-mark change-mark-${change}`, 'aria-hidden': 'true' }, [
    ring(3, change === 'added' || change === 'removed'),
    change === 'added' && ring(7, true),
    change === 'removed' &&
      element('line', { class: 'strike', x1: box.x - 6, y1: strikeY, x2: box.x + box.width + 6, y2: strikeY, stroke: colour, 'stroke-width': 2.5 }),
    badge(change, box),
  ]);
}

// A badge on the top right corner of a shape.
function badge(change: StepChangeKind, box: Box): Markup {
  return badgeAt(BADGE_TEXT[change], CHANGE_COLOURS[change], (width) => ({ x: box.x + box.width + 6 - width, y: box.y - 3 - BADGE_HEIGHT / 2 }));
}

// A rounded badge of white words on the colour, at the place `at` gives for its width.
function badgeAt(label: string, colour: string, at: (width: number) => { x: number; y: number }): Markup {
  const font = label.length === 1 ? { size: 15, bold: true } : CAPTION_FONT;
  const width = Math.max(BADGE_HEIGHT, Math.ceil(measureText(label, font)) + 12);
  const { x, y } = at(width);
  return element('g', { class: 'change-badge' }, [
    // A space outside the text, as text blocks have, keeps the badge's word apart from the label's last one when read.
    text(' '),
    element('rect', { x, y, width, height: BADGE_HEIGHT, rx: BADGE_HEIGHT / 2, fill: colour, stroke: PALETTE.background, 'stroke-width': 1.5 }),
    element(
      'text',
      { x: x + width / 2, y: y + BADGE_HEIGHT / 2 + font.size * 0.35, 'text-anchor': 'middle', 'font-size': font.size, 'font-weight': 'bold', fill: '#ffffff' },
      [text(label)],
    ),
  ]);
}

/**
 * The marks of a changed lane, drawn over its header: an outline (dashed for an added or removed lane, solid for a
 * moved or changed one), a line through the header of a removed lane, and a badge at the foot of the header saying, in
 * words, what changed (`lane added`, `lane removed`, `lane moved`, `party changed`).
 * @example
 * ```ts
 * laneMark('added', 'lane added', placedLane.header);
 * ```
 */
export function laneMark(change: LaneChangeKind, label: string, header: Box): Markup {
  const colour = CHANGE_COLOURS[change];
  const middle = header.y + header.height / 2;
  return element('g', { class: `change-mark change-mark-${change}`, 'aria-hidden': 'true' }, [
    element('rect', {
      class: 'change-outline',
      x: header.x + 2,
      y: header.y + 2,
      width: header.width - 4,
      height: header.height - 4,
      fill: 'none',
      stroke: colour,
      'stroke-width': 3,
      'stroke-dasharray': change === 'added' || change === 'removed' ? '6 3' : undefined,
    }),
    change === 'removed' &&
      element('line', { class: 'strike', x1: header.x + 4, y1: middle, x2: header.x + header.width - 4, y2: middle, stroke: colour, 'stroke-width': 2.5 }),
    badgeAt(label, colour, (width) => ({ x: header.x + (header.width - width) / 2, y: header.y + header.height - BADGE_HEIGHT - 6 })),
  ]);
}

/**
 * The place a moved shape left, in the changes view: a dashed outline saying so, hidden from assistive technology,
 * which hears of the move in the moved shape's name.
 * @example
 * ```ts
 * leftPlace(placedBefore.box);
 * ```
 */
export function leftPlace(box: Box): Markup {
  const font = CAPTION_FONT;
  return element('g', { class: 'left-place', 'aria-hidden': 'true' }, [
    element('rect', { ...box, rx: 4, fill: 'none', stroke: CHANGE_COLOURS.moved, 'stroke-width': 1.5, 'stroke-dasharray': '4 4' }),
    element(
      'text',
      { x: box.x + box.width / 2, y: box.y + box.height / 2 + font.size * 0.35, 'text-anchor': 'middle', 'font-size': font.size, fill: PALETTE.mutedText },
      [text('moved away')],
    ),
  ]);
}
