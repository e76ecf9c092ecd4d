import { describe, expect, it } from 'vitest';
import { indexModel } from '../model/model-index.js';
import { fixtureBuilder } from '../testing/fixture-model.js';
import { modelGraph } from './model-graph.js';
import { mapId } from '../schema/id-constructors.js';
import { toGraph } from './to-graph.js';

describe('the graph the queries share', () => {
  const { model } = fixtureBuilder().build();

  it('is built once per model, while toGraph gives a new graph of the caller’s own', () => {
    expect(modelGraph(model)).toBe(modelGraph(model));
    expect(toGraph(model)).not.toBe(modelGraph(model).graph);
    expect(toGraph(model).export()).toEqual(modelGraph(model).graph.export());
  });

  it('gives the index what drills into each map, from the drills-into edges', () => {
    const index = indexModel(model);
    expect(index.drilledFrom.get(mapId('stakeholder-analysis'))?.map((d) => `${d.map}/${d.step.id}`)).toEqual(['engage-consult/analysis']);
    expect(index.segmentsByMap.get(mapId('engage-consult'))?.map((s) => `${s.group}/${s.segment.id}`)).toEqual(['stages/engage-consult']);
  });
});
