import type { Model } from '@opcc/core';
import type { RenderedMap } from '../../process/process-types.js';
import { drawView } from '../draw-view.js';
import { layoutPowerInterest } from './layout-power-interest.js';

/**
 * Draws the power–interest grid of a relationship map's stakeholders as SVG.
 * Throws NotFoundError for an unknown map, InvalidIdError for text that cannot be an id.
 * @example
 * ```ts
 * const { svg } = await renderPowerInterest(guide, 'fly-tipping');
 * ```
 * @throws `NotFoundError` (from `@opcc/core`) for an unknown map, `InvalidIdError` for text that cannot be an id.
 */
export async function renderPowerInterest(model: Model, mapId: string, options: { readonly idPrefix?: string } = {}): Promise<RenderedMap> {
  return drawView(layoutPowerInterest(model, mapId), options.idPrefix ?? `power-interest-${mapId}-`);
}
