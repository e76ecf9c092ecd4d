import type { Model } from '@opcc/core';
import { defaultLayoutEngine } from '../../layout/default-engine.js';
import type { RenderedMap } from '../../process/process-types.js';
import type { RenderOptions } from '../../process/render-map.js';
import { drawView } from '../draw-view.js';
import { layoutRelationshipMap } from './layout-relationship-map.js';

/**
 * Lays out and draws a relationship map as SVG.
 * Throws NotFoundError for an unknown map, InvalidIdError for text that cannot be an id.
 * @example
 * ```ts
 * const { svg } = await renderRelationshipMap(guide, 'fly-tipping');
 * ```
 * @throws `NotFoundError` (from `@opcc/core`) for an unknown map, `InvalidIdError` for text that cannot be an id.
 */
export async function renderRelationshipMap(model: Model, mapId: string, options: RenderOptions = {}): Promise<RenderedMap> {
  const view = await layoutRelationshipMap(model, mapId, options.engine ?? defaultLayoutEngine());
  return drawView(view, options.idPrefix ?? `relationship-${mapId}-`);
}
