import { modelGraph } from '../graph/model-graph.js';
import { nodeKey } from '../graph/node-keys.js';
import { kindDefinitions } from '../kinds/registry.js';
import type { Model } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import type { BusinessAreaId, CollaborationId, GlossaryCode, MapId, StepId } from '../schema/ids.js';
import { glossaryDescendants, glossaryEntry } from './glossary-tree.js';

/** Where a glossary entry is used. */
export interface Usage {
  /** Maps with at least one step carrying the code, by id. */
  readonly maps: readonly MapId[];
  /** Every step carrying the code. */
  readonly steps: ReadonlyArray<{ readonly map: MapId; readonly step: StepId; readonly code: GlossaryCode }>;
  /** Collaboration business areas that cover the code. */
  readonly businessAreas: ReadonlyArray<{ readonly collaboration: CollaborationId; readonly area: BusinessAreaId; readonly code: GlossaryCode }>;
}

/** One entry of a {@link Usage} list, with the list it goes in: what a kind of document makes of a node that carries a code. */
export type UsageEntry = { readonly [L in Exclude<keyof Usage, 'maps'>]: { readonly list: L; readonly entry: Usage[L][number] } }[Exclude<keyof Usage, 'maps'>];

/**
 * Which maps, steps and collaboration business areas carry a glossary code (optionally any code beneath it).
 * Read from the model graph: the `carries-code` edges into the entry's node name the carriers,
 * which are listed in the order the model lists them.
 * @example
 * ```ts
 * const usage = whereUsed(guide, glossaryCode('1.2'), { includeDescendants: true });
 * usage.maps; // the maps with a step carrying 1.2 or a code beneath it
 * usage.businessAreas; // collaboration business areas covering them
 * ```
 * @throws {@link NotFoundError} when the glossary has no entry with the code.
 */
export function whereUsed(model: Model, code: GlossaryCode, options: { readonly includeDescendants?: boolean } = {}): Usage {
  glossaryEntry(model, code);
  const codes = new Set<GlossaryCode>([code, ...(options.includeDescendants === true ? glossaryDescendants(model, code).map((e) => e.code) : [])]);
  const { graph, order } = modelGraph(model);
  const carriers = new Set<string>();
  for (const c of codes)
    graph.forEachInEdge(nodeKey.glossaryEntry(c), (_edge, attributes, source) => attributes.kind === 'carries-code' && carriers.add(source));
  const lists: { -readonly [L in UsageEntry['list']]: Array<Usage[L][number]> } = { steps: [], businessAreas: [] };
  const kinds = kindDefinitions();
  for (const carrier of [...carriers].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))) {
    const node = graph.getNodeAttributes(carrier);
    graph.forEachOutEdge(carrier, (_edge, attributes, _source, target) => {
      const carried = graph.getNodeAttributes(target);
      if (attributes.kind !== 'carries-code' || carried.kind !== 'glossary-entry' || !codes.has(carried.code)) return;
      for (const kind of kinds) {
        const used = kind.usage?.(node, carried.code);
        if (used !== undefined) (lists[used.list] as Array<typeof used.entry>).push(used.entry);
      }
    });
  }
  const maps = [...new Set(lists.steps.map((s) => s.map))].filter((id) => indexModel(model).maps.has(id));
  return { maps, ...lists };
}
