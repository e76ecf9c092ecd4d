import { drawLegend } from '../legend/legend.js';
import type { RenderedMap } from '../process/process-types.js';
import { focusStyle } from '../svg/focus-style.js';
import { edgeLabel } from '../svg/edge-label.js';
import { arrow } from '../svg/arrow-markup.js';
import { element, text, type AttributeValue, type Markup } from '../svg/markup.js';
import { PALETTE } from '../svg/palette.js';
import { svgDocument } from '../svg/svg-document.js';
import { textPaint } from '../svg/styling.js';
import type { Box } from '../geometry/box.js';
import { drawLabelledNode } from './labelled-node.js';
import type { Connector, LaidOutView } from './view-types.js';

/** The height of the title line at the top of every view. */
export const VIEW_TITLE_HEIGHT = 40;

/**
 * Draws a laid-out view: title, decoration, nodes in reading order, legend; and returns the node boxes by element id.
 * @example
 * ```ts
 * const { svg, shapes } = drawView(layoutValueChain(guide), 'value-chain-');
 * ```
 */
export function drawView(view: LaidOutView, idPrefix: string): RenderedMap {
  const svg = svgDocument({
    width: view.width,
    height: view.height,
    title: view.title,
    description: view.description,
    idPrefix,
    view: view.view,
    body: [
      focusStyle(),
      element('text', { class: 'map-title', x: 16, y: VIEW_TITLE_HEIGHT - 14, ...textPaint({ size: 18, bold: true }, 'start', PALETTE.text, 'map-title') }, [
        text(view.title),
      ]),
      element('g', { class: 'decoration', 'aria-hidden': 'true' }, view.decoration),
      element('g', { class: 'connectors', 'aria-hidden': 'true' }, view.connectors.map(drawConnector)),
      element('g', { class: 'shapes' }, view.nodes.map(drawLabelledNode)),
      view.legend !== undefined && drawLegend(view.legend.layout, view.legend.at),
    ],
  });
  const shapes: Record<string, Box> = {};
  for (const node of view.nodes) shapes[node.id] = node.box;
  return { svg, width: view.width, height: view.height, shapes, warnings: view.warnings };
}

function drawConnector(connector: Connector): Markup {
  const data: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(connector.data ?? {})) data[`data-${key}`] = value;
  return element('g', { class: 'connector', ...data }, [
    ...arrow(connector.points, connector.twoWay === true),
    connector.label !== undefined && edgeLabel(connector.label.text, connector.label.box),
  ]);
}
