import type { Model } from '@opcc/core';
import type { Box } from '../geometry/box.js';
import { defaultLayoutEngine } from '../layout/default-engine.js';
import type { LayoutEngine } from '../layout/layout-engine.js';
import type { Styling } from '../svg/styling.js';
import { drawnHeight, drawProcessMap, type DrawOptions } from './draw-process-map.js';
import { layoutProcessMap } from './layout-process-map.js';
import { mapLayoutInput, type ProcessMapOptions } from './map-layout-input.js';
import type { RenderedMap } from './process-types.js';

/** Options of every render function. */
export interface RenderOptions {
  /** The layout engine; defaults to a cached ELK engine shared by the process. */
  readonly engine?: LayoutEngine;
  /** Prefixed to ids inside the drawing that are not shape ids (title, description, marker). */
  readonly idPrefix?: string;
  /** Steps to highlight, the rest dimmed (see {@link DrawOptions.focus}); left out, the usual drawing. */
  readonly focus?: readonly string[];
  /** Prefixed to the shapes' ids, for a page that shows the same map more than once. */
  readonly shapeIdPrefix?: string;
  /** Attributes on every element (the default, for a drawing on its own) or classes from a stylesheet (see {@link DrawOptions.styling}). */
  readonly styling?: Styling;
}

/**
 * Lays out and draws a process map as SVG.
 * Throws NotFoundError for an unknown map or profile, InvalidIdError for text that cannot be an id.
 *
 * @example
 * const { svg, shapes } = await renderMap(model, 'engage-consult', { profile: 'west-yorkshire' });
 */
export async function renderMap(model: Model, mapId: string, options: RenderOptions & ProcessMapOptions = {}): Promise<RenderedMap> {
  const input = mapLayoutInput(model, mapId, options.profile === undefined ? {} : { profile: options.profile });
  const laidOut = await layoutProcessMap(input, options.engine ?? defaultLayoutEngine());
  const svg = drawProcessMap(laidOut, {
    ...(options.idPrefix === undefined ? {} : { idPrefix: options.idPrefix }),
    ...(options.focus === undefined ? {} : { focus: options.focus }),
    ...(options.shapeIdPrefix === undefined ? {} : { shapeIdPrefix: options.shapeIdPrefix }),
    ...(options.styling === undefined ? {} : { styling: options.styling }),
  });
  const shapes: Record<string, Box> = {};
  for (const s of laidOut.steps) shapes[s.step.id] = s.box;
  return { svg, width: laidOut.width, height: drawnHeight(laidOut, options.styling), shapes, warnings: laidOut.warnings };
}
