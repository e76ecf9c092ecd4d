import { describe, expect, it } from 'vitest';
import { ElkLayoutEngine } from './layout/elk-layout-engine.js';
import { renderMap } from './process/render-map.js';
import { sampleModel } from './testing/sample-model.js';
import { renderGlossaryTree } from './views/glossary/render-glossary-tree.js';
import { renderOutcomeFramework } from './views/outcome/render-outcome-framework.js';
import { renderPowerInterest } from './views/power-interest/render-power-interest.js';
import { renderRelationshipMap } from './views/relationship/render-relationship-map.js';
import { renderValueChain } from './views/value-chain/render-value-chain.js';

// One file snapshot per kind of drawing. When a change is intended, update with `vitest -u`
// and look at the PNGs (`npx tsx --conditions=@opcc/source packages/render/scripts/render-samples.ts`)
// before committing the new snapshots.
const model = sampleModel();
const engine = new ElkLayoutEngine();

describe('SVG snapshots', () => {
  const cases: Array<[string, () => Promise<{ svg: string }>]> = [
    ['process-map', () => renderMap(model, 'engage-consult', { engine })],
    ['process-map-profile', () => renderMap(model, 'engage-consult', { engine, profile: 'northshire' })],
    ['sub-process-map', () => renderMap(model, 'stakeholder-analysis', { engine })],
    ['value-chain', () => renderValueChain(model)],
    ['relationship-network', () => renderRelationshipMap(model, 'accountabilities', { engine })],
    ['relationship-hierarchy', () => renderRelationshipMap(model, 'gold-group', { engine })],
    ['power-interest', () => renderPowerInterest(model, 'accountabilities')],
    ['outcome-framework', () => renderOutcomeFramework(model, 'community', { engine })],
    ['glossary-tree', () => renderGlossaryTree(model, { root: '1', profile: 'northshire' })],
  ];
  for (const [name, render] of cases) {
    it(name, async () => {
      const { svg } = await render();
      await expect(svg).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
    });
  }
});
