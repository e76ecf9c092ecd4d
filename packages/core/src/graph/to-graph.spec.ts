import { describe, expect, it } from 'vitest';
import { fixtureBuilder } from '../testing/fixture-model.js';
import { nodeKey } from './node-keys.js';
import { toGraph } from './to-graph.js';

describe('toGraph', () => {
  const graph = toGraph(fixtureBuilder().build().model);
  const edgeKinds = (source: string) =>
    graph
      .outEdges(source)
      .map((e) => `${graph.getEdgeAttribute(e, 'kind')}->${graph.target(e)}`)
      .sort();

  it('has every edge kind the model needs', () => {
    const kinds = new Set(graph.mapEdges((_e, attributes) => attributes.kind));
    expect([...kinds].sort()).toEqual([
      'accountable-for',
      'carries-code',
      'contains',
      'drills-into',
      'flows-to',
      'part-of-collaboration',
      'references',
      'relates',
      'serves-outcome',
    ]);
  });

  it('links steps to their map, codes, sub-maps, references and the next step', () => {
    expect(edgeKinds(nodeKey.step('stakeholder-analysis', 'map-stakeholders'))).toEqual([
      'carries-code->glossary:1.1.2.8',
      'flows-to->step:stakeholder-analysis/analyse',
      'references->reference:police-uk',
    ]);
    expect(edgeKinds(nodeKey.step('engage-consult', 'analysis'))).toEqual(['drills-into->map:stakeholder-analysis', 'flows-to->step:engage-consult/mandate']);
    expect(edgeKinds(nodeKey.segment('engage-consult'))).toEqual(['drills-into->map:engage-consult']);
  });

  it('records explicit assignments per profile and role', () => {
    const assigned = graph
      .inEdges(nodeKey.glossaryEntry('1.10'))
      .filter((e) => graph.getEdgeAttribute(e, 'kind') === 'accountable-for')
      .map((e) => {
        const a = graph.getEdgeAttributes(e);
        return a.kind === 'accountable-for' ? `${a.profile}:${a.role}:${graph.source(e)}` : '';
      })
      .sort();
    expect(assigned).toEqual(['north:accountable:party:pcc', 'north:responsible:party:cc', 'south:accountable:party:cc']);
  });

  it('is the same graph every time', () => {
    const again = toGraph(fixtureBuilder().build().model);
    expect(again.export()).toEqual(graph.export());
  });
});
