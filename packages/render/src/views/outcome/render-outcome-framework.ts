import type { Model } from '@opcc/core';
import { defaultLayoutEngine } from '../../layout/default-engine.js';
import type { RenderedMap } from '../../process/process-types.js';
import type { RenderOptions } from '../../process/render-map.js';
import { drawView } from '../draw-view.js';
import { layoutOutcomeFramework } from './layout-outcome-framework.js';

/**
 * Lays out and draws an outcome framework as a top-down tree in SVG.
 * Throws NotFoundError for an unknown framework, InvalidIdError for text that cannot be an id.
 * @example
 * ```ts
 * const { svg } = await renderOutcomeFramework(guide, 'community-outcome-framework');
 * ```
 * @throws `NotFoundError` (from `@opcc/core`) for an unknown framework, `InvalidIdError` for text that cannot be an id.
 */
export async function renderOutcomeFramework(model: Model, frameworkId: string, options: RenderOptions = {}): Promise<RenderedMap> {
  const view = await layoutOutcomeFramework(model, frameworkId, options.engine ?? defaultLayoutEngine());
  return drawView(view, options.idPrefix ?? `outcomes-${frameworkId}-`);
}
