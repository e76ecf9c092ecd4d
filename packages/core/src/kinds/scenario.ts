import { checkScenarioFlow } from '../check/check-scenario-flow.js';
import { checkScenarios } from '../check/check-scenarios.js';
import { keyOf } from '../graph/node-keys.js';
import { byId } from '../model/assemble-parts.js';
import type { Scenario } from '../model/model.js';
import type { ScenarioId } from '../schema/scenario.js';
import type { KindDefinition } from './kind-definition.js';

declare module '../errors.js' {
  interface ElementKinds {
    /** A training scenario. */
    readonly scenario: true;
  }
}

declare module '../graph/graph-types.js' {
  interface NodeKinds {
    /** A training scenario. */
    readonly scenario: { readonly id: ScenarioId; readonly title: string };
  }
}

/**
 * A training scenario: an exercise run module by module over the process maps, with injects,
 * questions and the trainer's answers. Its roles, objectives and modules are names within the
 * scenario, checked by its own checks; what it names in the model is checked here.
 */
export const scenarioKind: KindDefinition<'scenario'> = {
  kind: 'scenario',
  names: [{ at: 'id', namespace: 'scenario' }],
  references: [
    { at: 'references[]', to: 'reference' },
    { at: 'objectives[].outcomes[]', to: 'outcome' },
    { at: 'objectives[].codes[]', to: 'glossary code' },
    { at: 'objectives[].maps[]', to: 'process map' },
    { at: 'roles[].party', to: 'party' },
    { at: 'roles[].stakeholder', to: 'stakeholder' },
    {
      at: 'modules[].focus.map',
      to: 'process map',
      edge: (use, target) => ({ source: scenarioNode(use.document), target, attributes: { kind: 'references' } }),
    },
    { at: 'modules[].injects[].expects[].map', to: 'process map' },
    { at: 'modules[].injects[].contingency.unless.map', to: 'process map' },
    { at: 'modules[].questions[].steps[].map', to: 'process map' },
    { at: 'modules[].questions[].codes[]', to: 'glossary code' },
    { at: 'modules[].questions[].references[]', to: 'reference' },
  ],
  checks: [checkScenarios, checkScenarioFlow],
  nodes: [{ at: '', node: (scenario: Scenario) => ({ kind: 'scenario', id: scenario.id, title: scenario.title }) }],
  fromModel: (model) => model.scenarios,
  assemble: (documents) => ({ scenarios: byId(documents) }),
  summary: {
    label: 'scenarios',
    text: ({ scenarios }, plural) =>
      `${scenarios.length} (${plural(
        scenarios.reduce((n, s) => n + s.modules.length, 0),
        'module',
      )})`,
  },
};

/** A scenario's focus maps are drawn as edges from the scenario, whatever module names them. */
function scenarioNode(document: unknown): string {
  const { id, title } = document as Scenario;
  return keyOf({ kind: 'scenario', id, title });
}
