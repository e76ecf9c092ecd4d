import type { Appliers } from './applier.js';
import { removeFrom } from './applier.js';
import { copyOf } from './draft.js';
import { findMap } from './map-targets.js';
import { foundAsExpected, updateFields } from './update-fields.js';

/** Whole process maps added and removed, and the fields of a map changed. */
export const mapAppliers: Appliers<'add-map' | 'remove-map' | 'update-map'> = {
  'add-map': (draft, ctx) => {
    const { map } = ctx.change;
    if (ctx.expectNew(draft.maps, `process map "${map.id}"`, map.id, ['map', 'id'])) draft.maps.push(copyOf(map));
  },
  'remove-map': (draft, ctx) => {
    const map = findMap(draft, ctx);
    if (map !== undefined && foundAsExpected(ctx, map, ctx.change.was, `process map "${map.id}"`)) removeFrom(draft.maps, map);
  },
  'update-map': (draft, ctx) => {
    const map = findMap(draft, ctx);
    const { parent } = ctx.change.set;
    if (
      map === undefined ||
      (typeof parent === 'string' &&
        !ctx.expect(
          'process map',
          parent,
          draft.maps.map((m) => m.id),
          ['set', 'parent'],
        ))
    )
      return;
    updateFields(ctx, map, ctx.change, `process map "${map.id}"`);
  },
};
