/**
 * Renders every drawing of a model folder to SVG and PNG, for a person to look at, and prints
 * any warnings and geometry problems. Run:
 *   npx tsx --conditions=@opcc/source scripts/render-model.ts <model-dir> [out-dir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModelSync } from '@opcc/core';
import {
  createLayoutEngine,
  renderGlossaryTree,
  renderMap,
  renderOutcomeFramework,
  renderPowerInterest,
  renderRelationshipMap,
  renderValueChain,
  svgToPng,
  type RenderedMap,
} from '../src/index.js';

const [dir, out = '/tmp/opcc-model'] = process.argv.slice(2);
if (dir === undefined) throw new Error('usage: render-model.ts <model-dir> [out-dir]');
mkdirSync(out, { recursive: true });
const { model, diagnostics } = loadModelSync(dir);
const errors = diagnostics.filter((d) => d.severity === 'error');
if (errors.length > 0) console.log(`${errors.length} errors in the model; rendering what loaded`);
const engine = createLayoutEngine();
const profile = model.profiles[0]?.id;
const jobs: Array<[string, () => Promise<RenderedMap>]> = [
  ['value-chain', () => renderValueChain(model)],
  ...model.maps.map((m): [string, () => Promise<RenderedMap>] => [
    `map-${m.id}`,
    () => renderMap(model, m.id, { engine, ...(profile === undefined ? {} : { profile }) }),
  ]),
  ...model.relationshipMaps.flatMap((r): Array<[string, () => Promise<RenderedMap>]> => [
    [`relationship-${r.id}`, () => renderRelationshipMap(model, r.id, { engine })],
    [`power-interest-${r.id}`, () => renderPowerInterest(model, r.id)],
  ]),
  ...model.outcomeFrameworks.map((f): [string, () => Promise<RenderedMap>] => [`outcomes-${f.id}`, () => renderOutcomeFramework(model, f.id, { engine })]),
  ['glossary', () => renderGlossaryTree(model, profile === undefined ? {} : { profile })],
];
for (const [name, job] of jobs) {
  const started = performance.now();
  const { svg, width, height, warnings } = await job();
  writeFileSync(join(out, `${name}.svg`), svg);
  const scale = Math.min(1.5, 4000 / Math.max(width, height));
  writeFileSync(join(out, `${name}.png`), svgToPng(svg, { scale }));
  console.log(
    `${name}: ${Math.round(width)}×${Math.round(height)} in ${Math.round(performance.now() - started)} ms${warnings.length > 0 ? `; ${warnings.join('; ')}` : ''}`,
  );
}
