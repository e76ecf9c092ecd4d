import type { Model } from '@opcc/core';
import type { RenderedMap } from '../../process/process-types.js';
import { drawView } from '../draw-view.js';
import { layoutValueChain } from './layout-value-chain.js';

/**
 * Draws the value chain, the home page of the model, as SVG. Every segment is focusable; those that open a map carry `data-drill`.
 * @example
 * ```ts
 * const { svg, width, height } = await renderValueChain(guide);
 * ```
 */
export async function renderValueChain(model: Model, options: { readonly idPrefix?: string } = {}): Promise<RenderedMap> {
  return drawView(layoutValueChain(model), options.idPrefix ?? 'value-chain-');
}
