import { canonicalJson } from '../impact/pair-by.js';
import type { Model } from '../model/model.js';

/*
 * The parts of a model the change vocabulary has no change for. A difference in any of them is
 * named, so that whoever reads a change set made by diff knows what it leaves out.
 */
const WHOLE: ReadonlyArray<readonly [string, (m: Model) => unknown]> = [
  ['the model title, description, version or date', (m) => [m.title, m.description, m.version, m.asAt]],
  ['the glossary title, edition, levels or illustrative flag', (m) => [m.glossary.title, m.glossary.edition, m.glossary.levels, m.glossary.illustrative]],
  ['the value chain', (m) => m.valueChain],
  ['the reference material', (m) => m.references],
  ['the outcome frameworks', (m) => m.outcomeFrameworks],
  ['the relation kinds', (m) => m.relationKinds],
  ['the training scenarios', (m) => m.scenarios],
  ['the change sets', (m) => m.changeSets],
];

/** What differs between two models that no change set can say, in words; empty when a change set says it all. */
export function unexpressedDifferences(current: Model, target: Model): string[] {
  return WHOLE.filter(([, part]) => canonicalJson(part(current) ?? null) !== canonicalJson(part(target) ?? null)).map(([what]) => what);
}
