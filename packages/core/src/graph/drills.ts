import type { Model, ProcessMap } from '../model/model.js';
import type { MapId } from '../schema/ids.js';
import { modelGraph } from './model-graph.js';
import { nodeKey } from './node-keys.js';

/** The maps a map's steps drill into, step by step, read from the `drills-into` edges of the model graph. */
export function subMapsOf(model: Model, map: ProcessMap): MapId[] {
  const { graph } = modelGraph(model);
  return [...new Set(map.steps.map((step) => nodeKey.step(map.id, step.id)))].flatMap((key) =>
    graph.mapOutEdges(key, (_edge, attributes, _source, _target, _from, to) => (attributes.kind === 'drills-into' && to.kind === 'map' ? [to.id] : [])).flat(),
  );
}
