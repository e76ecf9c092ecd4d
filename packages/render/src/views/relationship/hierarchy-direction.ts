import type { Model } from '@opcc/core';

/** Which way a relation runs in a hierarchy: up to a higher body (reports to), or down to a lower one (commands). */
export type HierarchyDirection = 'up' | 'down';

// The built-in kinds that say who is above whom. A model's own kinds say so with `hierarchy`
// in relation-kinds.yaml; every other kind leaves the two bodies where the layout puts them.
const BUILT_IN: Readonly<Record<string, HierarchyDirection>> = {
  'reports-to': 'up',
  'escalates-to': 'up',
  'member-of': 'up',
  advises: 'up',
  commands: 'down',
  appoints: 'down',
  'holds-to-account': 'down',
  chairs: 'down',
};

/** The direction of a relation kind in a hierarchy, or undefined when the kind says nothing about rank. */
export function hierarchyDirection(model: Model, kind: string): HierarchyDirection | undefined {
  return model.relationKinds.find((k) => k.id === kind)?.hierarchy ?? BUILT_IN[kind];
}

/**
 * Whether an edge made of relations of these kinds runs upwards, so that a top-down layout must
 * draw its `to` body above its `from` body (the highest body at the top): some kind runs up and none runs down.
 */
export function runsUpwards(model: Model, kinds: readonly string[]): boolean {
  const directions = kinds.map((k) => hierarchyDirection(model, k));
  return directions.includes('up') && !directions.includes('down');
}

/**
 * Whether a relationship map is laid out as a hierarchy: it says so, or it says nothing and every
 * one of its relations is of a kind that ranks the two bodies.
 */
export function isHierarchy(model: Model, layout: string | undefined, kinds: readonly string[]): boolean {
  if (layout !== undefined) return layout === 'hierarchy';
  return kinds.length > 0 && kinds.every((k) => hierarchyDirection(model, k) !== undefined);
}
