import type { Model } from '@opcc/core';
import type { RenderedMap } from '../../process/process-types.js';
import { withStyling, type Styling } from '../../svg/styling.js';
import { drawView } from '../draw-view.js';
import { layoutValueChain } from './layout-value-chain.js';

/**
 * Draws the value chain, the home page of the model, as SVG. Every segment is focusable; those that open a map carry `data-drill`.
 * `styling` is `inline` (the default: attributes on every element, for a drawing on its own) or `classes` (styled by the
 * site's site.css, rules under `.opcc-styled`).
 * @example
 * ```ts
 * const { svg, width, height } = await renderValueChain(guide);
 * ```
 */
export async function renderValueChain(model: Model, options: { readonly idPrefix?: string; readonly styling?: Styling } = {}): Promise<RenderedMap> {
  // The layout draws the row headings and the overlay, so it runs with the drawing's styling too.
  return withStyling(options.styling ?? 'inline', () => drawView(layoutValueChain(model), options.idPrefix ?? 'value-chain-'));
}
