/**
 * Renders every view of the sample model to SVG and PNG in a directory (default /tmp/opcc-render),
 * for a person to look at. Run with `npx tsx scripts/render-samples.ts [dir]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedProcessModel } from '../src/testing/generated-map.js';
import { sampleModel } from '../src/testing/sample-model.js';
import { renderMap } from '../src/process/render-map.js';
import { svgToPng } from '../src/export/png.js';
import { renderValueChain } from '../src/views/value-chain/render-value-chain.js';
import { renderRelationshipMap } from '../src/views/relationship/render-relationship-map.js';
import { renderPowerInterest } from '../src/views/power-interest/render-power-interest.js';
import { renderOutcomeFramework } from '../src/views/outcome/render-outcome-framework.js';
import { renderGlossaryTree } from '../src/views/glossary/render-glossary-tree.js';

const dir = process.argv[2] ?? '/tmp/opcc-render';
mkdirSync(dir, { recursive: true });
const model = sampleModel();
const outputs: Array<[string, Promise<{ svg: string; warnings: readonly string[] }>]> = [
  ['process-map', renderMap(model, 'engage-consult')],
  ['process-map-profile', renderMap(model, 'engage-consult', { profile: 'northshire' })],
  ['sub-process-map', renderMap(model, 'stakeholder-analysis')],
  ['value-chain', renderValueChain(model)],
  ['relationship-network', renderRelationshipMap(model, 'accountabilities')],
  ['relationship-hierarchy', renderRelationshipMap(model, 'gold-group')],
  ['power-interest', renderPowerInterest(model, 'accountabilities')],
  ['outcome-framework', renderOutcomeFramework(model, 'community')],
  ['glossary-tree', renderGlossaryTree(model, { root: '1', profile: 'northshire' })],
  ['generated-30', renderMap(generatedProcessModel(30, 3), 'generated')],
  ['generated-200', renderMap(generatedProcessModel(200, 4), 'generated')],
  ['generated-1000', renderMap(generatedProcessModel(1000, 4), 'generated')],
];
for (const [name, pending] of outputs) {
  const { svg, warnings } = await pending;
  writeFileSync(join(dir, `${name}.svg`), svg);
  writeFileSync(join(dir, `${name}.png`), svgToPng(svg, { scale: name.startsWith('generated-') && name !== 'generated-30' ? 0.25 : 1.5 }));
  console.log(`${name}: ${join(dir, `${name}.png`)}${warnings.length > 0 ? ` warnings: ${warnings.join('; ')}` : ''}`);
}
