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
