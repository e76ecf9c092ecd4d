import type { NodeAttributes } from './graph-types.js';

/**
 * Node keys of the model graph. Each kind has its own prefix, so ids of different kinds never
 * collide; steps and business areas are keyed within their map or collaboration.
 */
export const nodeKey = {
  valueChain: () => 'value-chain',
  segment: (id: string) => `segment:${id}`,
  map: (id: string) => `map:${id}`,
  step: (map: string, id: string) => `step:${map}/${id}`,
  glossaryEntry: (code: string) => `glossary:${code}`,
  party: (id: string) => `party:${id}`,
  profile: (id: string) => `profile:${id}`,
  stakeholder: (id: string) => `stakeholder:${id}`,
  relationshipMap: (id: string) => `relationship-map:${id}`,
  outcomeFramework: (id: string) => `outcome-framework:${id}`,
  outcome: (id: string) => `outcome:${id}`,
  reference: (id: string) => `reference:${id}`,
  collaboration: (id: string) => `collaboration:${id}`,
  businessArea: (collaboration: string, id: string) => `business-area:${collaboration}/${id}`,
} as const;

/** The key of the node with these attributes. */
export function keyOf(node: NodeAttributes): string {
  switch (node.kind) {
    case 'value-chain':
      return nodeKey.valueChain();
    case 'step':
      return nodeKey.step(node.map, node.id);
    case 'glossary-entry':
      return nodeKey.glossaryEntry(node.code);
    case 'business-area':
      return nodeKey.businessArea(node.collaboration, node.id);
    default:
      // Every other node is keyed by its kind and id, as nodeKey writes them.
      return `${node.kind}:${node.id}`;
  }
}
