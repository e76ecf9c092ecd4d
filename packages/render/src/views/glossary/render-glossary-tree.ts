import type { Model } from '@opcc/core';
import type { RenderedMap } from '../../process/process-types.js';
import { drawView } from '../draw-view.js';
import { layoutGlossaryTree, type GlossaryTreeOptions } from './layout-glossary-tree.js';

/**
 * Draws a glossary subtree as an indented tree in SVG, coloured by accountable party under a profile.
 * Throws NotFoundError for an unknown root or profile, InvalidIdError for text that cannot be an id.
 * @example
 * ```ts
 * const { svg } = await renderGlossaryTree(guide, { root: '1.2', profile: 'northshire' });
 * ```
 * @throws `NotFoundError` (from `@opcc/core`) for an unknown root or profile, `InvalidIdError` for text that cannot be an id.
 */
export async function renderGlossaryTree(model: Model, options: GlossaryTreeOptions & { readonly idPrefix?: string } = {}): Promise<RenderedMap> {
  return drawView(layoutGlossaryTree(model, options), options.idPrefix ?? 'glossary-');
}
