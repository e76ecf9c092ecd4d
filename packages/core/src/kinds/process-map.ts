import { checkDrillDown } from '../check/check-drill-down.js';
import { checkProcessMaps } from '../check/check-process-maps.js';
import { nodeKey } from '../graph/node-keys.js';
import { byId } from '../model/assemble-parts.js';
import type { ProcessMap, Step } from '../model/model.js';
import type { KindDefinition } from './kind-definition.js';

/** A process map: steps in lanes, joined by flows; sub-process steps drill into other maps. */
export const processMapKind: KindDefinition<'process-map'> = {
  kind: 'process-map',
  names: [{ at: 'id', namespace: 'process map' }],
  references: [
    { at: 'parent', to: 'process map', edge: { kind: 'contains', reverse: true } },
    { at: 'references[]', to: 'reference', edge: { kind: 'references' } },
    { at: 'outcomes[]', to: 'outcome', edge: { kind: 'serves-outcome' } },
    { at: 'lanes[].party', to: 'party' },
    { at: 'steps[].references[]', to: 'reference', edge: { kind: 'references' } },
    { at: 'steps[].outcomes[]', to: 'outcome', edge: { kind: 'serves-outcome' } },
    { at: 'steps[].code', to: 'glossary code', edge: { kind: 'carries-code' } },
    { at: 'steps[].map', to: 'process map', edge: { kind: 'drills-into' } },
  ],
  checks: [checkProcessMaps, checkDrillDown],
  nodes: [
    { at: '', node: (map: ProcessMap) => ({ kind: 'map', id: map.id, title: map.title }) },
    {
      at: 'steps[]',
      node: (step: Step, map) => ({ kind: 'step', map: map.id, id: step.id, stepKind: step.kind, title: step.title }),
      contained: true,
    },
  ],
  edges: (map) =>
    map.flows.map((flow) => ({
      source: nodeKey.step(map.id, flow.from),
      target: nodeKey.step(map.id, flow.to),
      attributes: {
        kind: 'flows-to',
        ...(flow.label === undefined ? {} : { label: flow.label }),
        ...(flow.condition === undefined ? {} : { condition: flow.condition }),
      },
    })),
  fromModel: (model) => model.maps,
  assemble: (documents) => ({ maps: byId(documents) }),
  summary: {
    label: 'process maps',
    text: ({ maps }, plural) =>
      `${maps.length} (${plural(
        maps.reduce((n, m) => n + m.steps.length, 0),
        'step',
      )}, ${plural(
        maps.reduce((n, m) => n + m.flows.length, 0),
        'flow',
      )})`,
  },
  usage: (carrier, code) => (carrier.kind === 'step' ? { list: 'steps', entry: { map: carrier.map, step: carrier.id, code } } : undefined),
};
