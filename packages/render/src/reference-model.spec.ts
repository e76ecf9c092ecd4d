import { fileURLToPath } from 'node:url';
import { loadModelSync } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { createLayoutEngine } from './layout/default-engine.js';
import { layoutProcessMap } from './process/layout-process-map.js';
import { mapLayoutInput } from './process/map-layout-input.js';
import { processMapProblems } from './testing/map-geometry.js';
import { labelOverlaps, linesThroughNodes, viewProblems } from './testing/view-geometry.js';
import { layoutGlossaryTree } from './views/glossary/layout-glossary-tree.js';
import { layoutOutcomeFramework } from './views/outcome/layout-outcome-framework.js';
import { layoutPowerInterest } from './views/power-interest/layout-power-interest.js';
import { layoutRelationshipMap } from './views/relationship/layout-relationship-map.js';
import { layoutValueChain } from './views/value-chain/layout-value-chain.js';

// The reference model that @opcc/guide ships: every drawing of it must be clean.
const GUIDE = fileURLToPath(new URL('../../guide/model', import.meta.url));
const { model, diagnostics } = loadModelSync(GUIDE);
const engine = createLayoutEngine();

describe('the reference model', () => {
  it('loads without errors', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model.maps.length).toBeGreaterThan(0);
  });

  it('lays out every process map without geometric problems, with and without a profile', async () => {
    const profile = model.profiles[0]?.id;
    for (const map of model.maps) {
      const plain = await layoutProcessMap(mapLayoutInput(model, map.id), engine);
      expect(processMapProblems(plain), map.id).toEqual([]);
      if (profile !== undefined) {
        const coloured = await layoutProcessMap(mapLayoutInput(model, map.id, { profile }), engine);
        expect(processMapProblems(coloured), `${map.id} (${profile})`).toEqual([]);
      }
    }
  });

  it('lays out the value chain, outcome frameworks and the glossary without geometric problems', async () => {
    const chain = layoutValueChain(model);
    const stages = chain.nodes.filter((n) => n.className.split(' ').includes('segment-stages')).map((n) => n.id);
    const neighbours = (a: string, b: string) => stages.includes(a) && stages.includes(b) && Math.abs(stages.indexOf(a) - stages.indexOf(b)) === 1;
    expect(viewProblems(chain, { mayOverlap: neighbours })).toEqual([]);
    for (const f of model.outcomeFrameworks) expect(viewProblems(await layoutOutcomeFramework(model, f.id, engine)), f.id).toEqual([]);
    for (const p of model.profiles) expect(viewProblems(layoutGlossaryTree(model, { profile: p.id })), p.id).toEqual([]);
  });

  it('lays out every relationship map and power–interest grid without overlaps, lines through stakeholders or hidden relation labels', async () => {
    for (const r of model.relationshipMaps) {
      const view = await layoutRelationshipMap(model, r.id, engine);
      expect(viewProblems(view), r.id).toEqual([]);
      expect(linesThroughNodes(view), r.id).toEqual([]);
      expect(labelOverlaps(view), r.id).toEqual([]);
      expect(viewProblems(layoutPowerInterest(model, r.id)), `${r.id} grid`).toEqual([]);
    }
  });
});
