import { SEGMENT_GROUP_NAMES, type Model, type Segment, type SegmentGroup, type ValueChain } from '@opcc/core';
import type { Box } from '../../geometry/box.js';
import { element, text, type Markup } from '../../svg/markup.js';
import { PALETTE } from '../../svg/palette.js';
import { inlineOnly, textPaint } from '../../svg/styling.js';
import { textBlock } from '../../svg/text-block.js';
import { wrapText } from '../../text/wrap-text.js';
import { VIEW_TITLE_HEIGHT } from '../draw-view.js';
import { measureNodeText, type LabelledNode } from '../labelled-node.js';
import type { Connector, LaidOutView } from '../view-types.js';
import { chevronPath } from './chevron.js';

const MARGIN = 16;
const HEADER = 150;
const ROW_GAP = 14;
const GAP = 12;
const TIP = 26;
const ARROW_GAP = 40;
const STAGE_WIDTH = 210;
const OVERLAY_WIDTH = 96;

interface RowSpec {
  readonly group: SegmentGroup;
  readonly fill: string;
  readonly textFill?: string;
}

// Top to bottom, as in the 2012 model: bands across the top, the stages as a chain of
// chevrons, the responsibility areas beneath them, the mandate-to-outcomes chain, and the
// supporting processes underneath everything.
const ROWS: readonly RowSpec[] = [
  { group: 'bands', fill: PALETTE.band },
  { group: 'stages', fill: PALETTE.stage, textFill: PALETTE.stageText },
  { group: 'areas', fill: PALETTE.area },
  { group: 'chain', fill: PALETTE.chain },
  { group: 'supporting', fill: PALETTE.supporting },
];

/**
 * Lays out the value chain in the fixed shape of the 2012 model, from `model.valueChain` and
 * whatever number of segments each group has. Our own arithmetic, not a graph layout: the
 * picture people know must not move when a segment is added.
 * @example
 * ```ts
 * const { svg } = drawView(layoutValueChain(guide), 'value-chain-');
 * ```
 */
export function layoutValueChain(model: Model): LaidOutView {
  const chain: ValueChain = model.valueChain ?? { title: 'Value chain', stages: [], bands: [], areas: [], chain: [], supporting: [] };
  const stageCount = Math.max(1, chain.stages.length);
  const contentWidth = Math.max(stageCount * STAGE_WIDTH, 720);
  const left = MARGIN + HEADER;
  const nodes: LabelledNode[] = [];
  const decoration: Markup[] = [];
  const connectors: Connector[] = [];
  let y = VIEW_TITLE_HEIGHT + 8;
  // The rows the overlay lies over: from the top of the first row to the foot of the areas.
  let overlayTop: number | undefined;
  let overlayBottom: number | undefined;
  for (const row of ROWS) {
    const segments = chain[row.group];
    if (segments.length === 0) continue;
    const boxes = rowBoxes(row.group, segments.length, left, contentWidth);
    const texts = segments.map((s, i) => measureNodeText(s.title, undefined, (boxes[i]?.width ?? 0) - (row.group === 'stages' ? 2 * TIP : 0), 4));
    const height = Math.max(row.group === 'stages' ? 76 : 48, ...texts.map((t) => t.height));
    const heading = wrapText(rowTitle(chain, row.group), HEADER - 12, { size: 12, bold: true }, 3);
    decoration.push(textBlock(heading, { x: MARGIN, y: y + (height - heading.height) / 2 }, 'start', PALETTE.mutedText));
    segments.forEach((segment, i) => {
      const box = { ...(boxes[i] as Box), y, height };
      const t = texts[i] as (typeof texts)[number];
      nodes.push({
        id: `segment-${segment.id}`,
        name: segmentName(SEGMENT_GROUP_NAMES[row.group].noun, segment),
        className: `segment segment-${row.group}`,
        // The id names the segment and the class its row; only the map it opens is data (read by the site's client).
        data: { drill: segment.map },
        box,
        text: t,
        fill: row.fill,
        // In the site, the row's class colours it (site.css, .segment-stages and the rest).
        fillByClass: true,
        ...(row.textFill === undefined ? {} : { textFill: row.textFill }),
        ...(row.group === 'stages' ? { outline: chevronPath(box, TIP, i === 0), inset: TIP } : {}),
      });
      if (row.group === 'chain' && i > 0) {
        const prev = boxes[i - 1] as Box;
        connectors.push({
          points: [
            { x: prev.x + prev.width, y: y + height / 2 },
            { x: box.x, y: y + height / 2 },
          ],
        });
      }
    });
    overlayTop ??= y;
    if (row.group !== 'chain' && row.group !== 'supporting') overlayBottom = y + height;
    y += height + ROW_GAP;
  }
  const overlay =
    chain.overlay === undefined || overlayTop === undefined || overlayBottom === undefined
      ? undefined
      : { x: left + contentWidth + GAP, y: overlayTop, width: OVERLAY_WIDTH, height: overlayBottom - overlayTop };
  if (overlay !== undefined && chain.overlay !== undefined) decoration.push(...overlayMarkup(overlay, chain.overlay.title));
  if (nodes.length === 0)
    decoration.push(element('text', { x: MARGIN, y: y + 16, ...textPaint({ size: 13 }, 'start') }, [text('This model has no value chain.')]));
  const counts = ROWS.map((r) => `${chain[r.group].length} ${rowTitle(chain, r.group).toLowerCase()}`).join(', ');
  const overlaid = chain.overlay === undefined ? '' : ` ${chain.overlay.title} lies over the stages and areas as an overlay.`;
  return {
    title: chain.title,
    description: `The OPCC value chain: ${counts}. Stages run left to right; segments that open a process map say so.${overlaid}`,
    view: 'opcc-value-chain',
    width: left + contentWidth + (overlay === undefined ? 0 : GAP + OVERLAY_WIDTH) + MARGIN,
    height: y + MARGIN,
    nodes,
    decoration,
    connectors,
    warnings: [],
  };
}

// The source names the responsibility areas by their heading ("S4J OPCC Responsibilities") when the model gives one.
function rowTitle(chain: ValueChain, group: SegmentGroup): string {
  return group === 'areas' ? (chain.areasTitle ?? SEGMENT_GROUP_NAMES.areas.title) : SEGMENT_GROUP_NAMES[group].title;
}

// An overlay is not a segment: a dashed, unfilled frame beside the rows it lies over, with its name and the word "overlay".
function overlayMarkup(box: Box, title: string): Markup[] {
  const name = wrapText(title, box.width - 12, { size: 14, bold: true }, 3);
  const caption = wrapText('overlay', box.width - 12, { size: 11 }, 1);
  const top = box.y + (box.height - name.height - caption.height) / 2;
  return [
    element('rect', {
      class: 'value-chain-overlay',
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      rx: 8,
      ...inlineOnly({ fill: PALETTE.background, stroke: PALETTE.stroke, 'stroke-width': 1.5, 'stroke-dasharray': '6 4' }),
    }),
    textBlock(name, { x: box.x + box.width / 2, y: top }, 'middle', PALETTE.text),
    textBlock(caption, { x: box.x + box.width / 2, y: top + name.height }, 'middle', PALETTE.mutedText),
  ];
}

function rowBoxes(group: SegmentGroup, count: number, left: number, width: number): Box[] {
  // Stages overlap by the chevron tip so they read as one chain; chain links leave room for arrows.
  const gap = group === 'stages' ? -TIP + 6 : group === 'chain' ? ARROW_GAP : GAP;
  const each = (width - gap * (count - 1)) / count;
  return Array.from({ length: count }, (_, i) => ({ x: left + i * (each + gap), y: 0, width: each, height: 0 }));
}

function segmentName(noun: string, segment: Segment): string {
  return `${noun}: ${segment.title}${segment.map === undefined ? '' : ', opens its process map'}`;
}
