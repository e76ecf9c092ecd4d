import { checkOutcomeLevels } from '../check/check-outcomes.js';
import { nodeKey } from '../graph/node-keys.js';
import { byId } from '../model/assemble-parts.js';
import type { OutcomeLevel } from '../model/model-index.js';
import type { OutcomeFramework } from '../model/model.js';
import type { KindDefinition, NodeRule } from './kind-definition.js';

const GROUPS = ['outcomes', 'objectives', 'areaPriorities'] as const;
const LEVELS = { outcomes: 'outcome', objectives: 'objective', areaPriorities: 'area-priority' } as const;

const outcomeNode = (level: OutcomeLevel) => (element: { id: OutcomeFramework['vision']['id']; title: string }) => ({
  kind: 'outcome' as const,
  id: element.id,
  level,
  title: element.title,
});

/** Measures belong to the element they measure. */
const measureNodes = (at: 'vision' | `${(typeof GROUPS)[number]}[]`): NodeRule<'outcome-framework'> => ({
  at: `${at}.measures[]`,
  node: outcomeNode('measure'),
  contained: true,
});

/** An outcome framework: a vision, the outcomes that serve it, objectives serving outcomes, area priorities serving objectives. */
export const outcomeFrameworkKind: KindDefinition<'outcome-framework'> = {
  kind: 'outcome-framework',
  names: [
    { at: 'id', namespace: 'outcome framework' },
    { at: 'vision.id', namespace: 'outcome' },
    ...GROUPS.flatMap((group) => [
      { at: `${group}[].id` as const, namespace: 'outcome' as const },
      { at: `${group}[].measures[].id` as const, namespace: 'outcome' as const },
    ]),
    { at: 'vision.measures[].id', namespace: 'outcome' },
  ],
  references: [
    { at: 'vision.measures[].reference', to: 'reference', edge: { kind: 'references' } },
    ...GROUPS.map((group) => ({ at: `${group}[].measures[].reference` as const, to: 'reference' as const, edge: { kind: 'references' as const } })),
    // checkOutcomeLevels checks these: the names must be of the level above, in the same framework.
    { at: 'objectives[].outcomes[]', to: 'outcome', edge: { kind: 'contains', reverse: true }, checked: false },
    { at: 'areaPriorities[].objectives[]', to: 'outcome', edge: { kind: 'contains', reverse: true }, checked: false },
  ],
  checks: [checkOutcomeLevels],
  nodes: [
    { at: '', node: (f: OutcomeFramework) => ({ kind: 'outcome-framework', id: f.id, title: f.title }) },
    { at: 'vision', node: outcomeNode('vision'), contained: true },
    measureNodes('vision'),
    ...GROUPS.flatMap((group) => [{ at: `${group}[]` as const, node: outcomeNode(LEVELS[group]) }, measureNodes(`${group}[]`)]),
  ],
  // Every outcome serves the vision.
  edges: (f) => f.outcomes.map((o) => ({ source: nodeKey.outcome(f.vision.id), target: nodeKey.outcome(o.id), attributes: { kind: 'contains' } })),
  fromModel: (model) => model.outcomeFrameworks,
  assemble: (documents) => ({ outcomeFrameworks: byId(documents) }),
  summary: {
    label: 'outcome frameworks',
    text: ({ outcomeFrameworks: frameworks }, plural) => {
      const count = (group: (typeof GROUPS)[number]) => frameworks.reduce((n, f) => n + f[group].length, 0);
      return `${frameworks.length} (${plural(count('outcomes'), 'outcome')}, ${plural(count('objectives'), 'objective')}, ${plural(
        count('areaPriorities'),
        'area priority',
        'area priorities',
      )})`;
    },
  },
};
