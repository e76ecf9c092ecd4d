import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../build/model-builder.js';
import { toGraph } from '../graph/to-graph.js';
import { toDocuments } from '../serialize/to-documents.js';

/** A model made in code: a map of two steps and a scenario over it. */
function built() {
  return new ModelBuilder()
    .parties({ parties: [{ id: 'pcc', title: 'Commissioner', type: 'commissioner' }] })
    .processMap({
      id: 'engage',
      title: 'Engage',
      steps: [
        { id: 'start', kind: 'start', title: 'Start' },
        { id: 'consult', kind: 'activity', title: 'Consult' },
        { id: 'done', kind: 'end', title: 'Done' },
      ],
      flows: [
        { from: 'start', to: 'consult' },
        { from: 'consult', to: 'done' },
      ],
    })
    .scenario({
      id: 'drill',
      title: 'Drill',
      summary: 'A drill.',
      audience: 'Staff',
      format: 'seminar',
      duration: 30,
      setting: 'The plan is due.',
      objectives: [{ id: 'consult-well', text: 'Consult well.' }],
      roles: [{ id: 'commissioner', title: 'Commissioner', party: 'pcc' }],
      modules: [
        {
          id: 'only',
          title: 'Only',
          start: 0,
          focus: { map: 'engage', steps: ['consult'] },
          questions: [{ id: 'q', prompt: 'Who?', objectives: ['consult-well'] }],
        },
      ],
    })
    .build();
}

describe('the scenario kind', () => {
  it('is built in code like every other kind, with its defaults filled in', () => {
    const { diagnostics, model } = built();
    expect(diagnostics).toEqual([]);
    expect(model.scenarios.map((s) => [s.id, s.marking, s.modules[0]?.injects])).toEqual([['drill', 'OFFICIAL', []]]);
  });

  it('is a node of the graph, with an edge to each map a module focuses on', () => {
    const graph = toGraph(built().model);
    expect(graph.getNodeAttributes('scenario:drill')).toEqual({ kind: 'scenario', id: 'drill', title: 'Drill' });
    expect(graph.outEdges('scenario:drill').map((e) => [graph.target(e), graph.getEdgeAttributes(e).kind])).toEqual([['map:engage', 'references']]);
  });

  it('is written back out as a document', () => {
    const documents = toDocuments(built().model);
    expect(documents.filter((d) => d.kind === 'scenario').map((d) => d.id)).toEqual(['drill']);
  });
});
