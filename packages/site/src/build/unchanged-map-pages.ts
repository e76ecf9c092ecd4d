import { parentOf, type Model, type ProcessMap } from '@opcc/core';

// What is worked out for a model is kept with it: a rebuild's model is the next rebuild's previous one.
const textsOf = new WeakMap<Model, { readonly rest: string; readonly maps: ReadonlyMap<string, string> }>();
const stringsOf = new WeakMap<ProcessMap, ReadonlySet<string>>();

/** The model without its maps, as JSON text (when it differs, any page may differ), and each map's JSON text by id. */
function texts(model: Model): { readonly rest: string; readonly maps: ReadonlyMap<string, string> } {
  let found = textsOf.get(model);
  if (found === undefined) {
    found = { rest: JSON.stringify({ ...model, maps: [] }), maps: new Map(model.maps.map((map) => [map.id as string, JSON.stringify(map)])) };
    textsOf.set(model, found);
  }
  return found;
}

/** Every string anywhere in a value. */
function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) collectStrings(item, into);
}

/** Every map id named anywhere in a map, as any string value (over-counting is safe: it only rebuilds more). */
function mapsNamedIn(map: ProcessMap, ids: ReadonlySet<string>): Set<string> {
  let strings = stringsOf.get(map);
  if (strings === undefined) {
    const found = new Set<string>();
    collectStrings(map, found);
    stringsOf.set(map, (strings = found));
  }
  return new Set([...strings].filter((text) => ids.has(text)));
}

/** The ids of a map's ancestors, as its breadcrumbs walk them (parentOf), the map itself left out. */
function ancestors(model: Model, map: ProcessMap): Set<string> {
  const seen = new Set<string>([map.id]);
  for (let current = parentOf(model, map); current !== undefined && !seen.has(current.id); current = parentOf(model, current)) seen.add(current.id);
  seen.delete(map.id);
  return seen;
}

/**
 * Whether two models hold the same data, as their JSON text: every page built from one is then the page
 * the other gives, so a rebuild (say after a save that changed only a comment) can keep them all.
 */
export function sameModel(before: Model, after: Model): boolean {
  const [old, next] = [texts(before), texts(after)];
  return old.rest === next.rest && old.maps.size === next.maps.size && [...next.maps].every(([id, text]) => old.maps.get(id) === text);
}

/**
 * The maps whose page (and drawing) built from `before` is exactly the page `after` would give,
 * so a rebuild may keep it. A map page shows its own map, the maps it names (drill links and their
 * titles), the maps that name it (its parent), its breadcrumb trail of ancestors, and the rest of
 * the model (scenarios, glossary, value chain, site title); so a page is kept only when the model
 * outside the maps is unchanged and no changed, added or removed map is any of those, in either
 * version. Pages other than map pages are never kept: they list maps or the whole model.
 * @example
 * ```ts
 * const keep = unchangedMapPages(previousModel, model); // e.g. every map but the edited one and its neighbours
 * ```
 */
export function unchangedMapPages(before: Model, after: Model): ReadonlySet<string> {
  if (texts(before).rest !== texts(after).rest) return new Set();
  const old = texts(before).maps;
  const next = texts(after).maps;
  const changed = new Set([...old.keys(), ...next.keys()].filter((id) => old.get(id) !== next.get(id)));
  if (changed.size === 0) return new Set(next.keys());
  const touched = new Set(changed);
  for (const model of [before, after]) {
    const ids = new Set(model.maps.map((map) => map.id as string));
    for (const map of model.maps) {
      const named = mapsNamedIn(map, ids);
      // A changed map's page shows the maps it names; a map that names a changed one shows its title.
      if (changed.has(map.id)) for (const id of named) touched.add(id);
      if ([...named].some((id) => changed.has(id))) touched.add(map.id);
      if ([...ancestors(model, map)].some((id) => changed.has(id))) touched.add(map.id);
    }
  }
  return new Set([...next.keys()].filter((id) => !touched.has(id)));
}
