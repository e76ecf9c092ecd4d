import type { Segment, ValueChain } from '../model/model.js';
import { SEGMENT_GROUPS } from '../model/vocabulary.js';
import type { KindDefinition } from './kind-definition.js';

/** The value chain: the home page of the model, one per model. */
export const valueChainKind: KindDefinition<'value-chain'> = {
  kind: 'value-chain',
  declare: (ctx, chains) => {
    chains.slice(1).forEach((doc) => ctx.report('duplicate-value-chain', {}, { origin: doc.origin, path: ['kind'] }));
    for (const doc of chains.slice(0, 1)) {
      for (const group of SEGMENT_GROUPS) {
        doc.data[group].forEach((segment, i) => ctx.declare('value-chain segment', segment.id, { origin: doc.origin, path: [group, i, 'id'] }));
      }
    }
  },
  references: [
    ...SEGMENT_GROUPS.flatMap((group) => [
      { at: `${group}[].map` as const, to: 'process map' as const, edge: { kind: 'drills-into' as const } },
      { at: `${group}[].alignment.reference` as const, to: 'reference' as const, edge: { kind: 'references' as const } },
    ]),
    { at: 'overlay.reference', to: 'reference', edge: { kind: 'references' } },
  ],
  nodes: [
    { at: '', node: (chain: ValueChain) => ({ kind: 'value-chain', title: chain.title }) },
    ...SEGMENT_GROUPS.map((group) => ({
      at: `${group}[]` as const,
      node: (s: Segment) => ({ kind: 'segment' as const, id: s.id, group, title: s.title }),
      contained: true as const,
    })),
  ],
  fromModel: (model) => (model.valueChain === undefined ? [] : [model.valueChain]),
  assemble: ([valueChain]) => (valueChain === undefined ? {} : { valueChain }),
  summary: {
    label: 'value chain',
    text: ({ valueChain: vc }, plural) =>
      vc === undefined
        ? 'none'
        : `${plural(vc.stages.length, 'stage')}, ${plural(vc.bands.length, 'band')}, ${plural(vc.areas.length, 'responsibility area')}, ${plural(vc.chain.length + vc.supporting.length, 'other segment')}`,
  },
};
