import { fileURLToPath } from 'node:url';
import { loadModel, type Model } from '@opcc/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { boxesOverlap } from '../geometry/box.js';
import { createLayoutEngine } from '../layout/default-engine.js';
import { flowLabelProblems, laneProblems } from '../testing/map-geometry.js';
import { layoutProcessMap, type LaidOutProcessMap } from './layout-process-map.js';
import { mapLayoutInput } from './map-layout-input.js';
import { LANE_PAD } from './vertical-placement.js';

// Every map of the reference model that @opcc/guide ships, measured from the layout's own numbers:
// labels clear of shapes and of each other, shapes clear of each other, lanes no taller than what is in them.
const GUIDE = fileURLToPath(new URL('../../../guide/model', import.meta.url));
const engine = createLayoutEngine();
let model: Model;
let maps: Array<{ id: string; laidOut: LaidOutProcessMap }>;

beforeAll(async () => {
  model = (await loadModel(GUIDE)).model;
  maps = [];
  for (const map of model.maps) maps.push({ id: map.id, laidOut: await layoutProcessMap(mapLayoutInput(model, map.id), engine) });
}, 60_000);

describe('the geometry of every reference-model process map', () => {
  it('has maps, with labelled flows among them, to measure', () => {
    expect(maps.length).toBeGreaterThan(10);
    expect(maps.flatMap((m) => m.laidOut.flows.filter((f) => f.label !== undefined)).length).toBeGreaterThan(20);
  });

  it('places every flow label beside its own arrow, covering no shape and no other label, and never cut short', () => {
    expect(maps.flatMap((m) => flowLabelProblems(m.laidOut).map((p) => `${m.id}: ${p}`))).toEqual([]);
  });

  it('gives every labelled flow a label box', () => {
    const missing = maps.flatMap((m) => m.laidOut.flows.filter((f) => f.flow.label !== undefined && f.label === undefined).map((f) => `${m.id}: ${f.flow.id}`));
    expect(missing).toEqual([]);
  });

  it('overlaps no shape with another', () => {
    const overlaps = maps.flatMap(({ id, laidOut }) =>
      laidOut.steps.flatMap((a, i) => laidOut.steps.slice(i + 1).flatMap((b) => (boxesOverlap(a.box, b.box) ? [`${id}: ${a.step.id} / ${b.step.id}`] : []))),
    );
    expect(overlaps).toEqual([]);
  });

  it('makes each lane no taller than its content plus padding, and draws no empty lane', () => {
    expect(maps.flatMap((m) => laneProblems(m.laidOut, LANE_PAD).map((p) => `${m.id}: ${p}`))).toEqual([]);
  });
});
