import type { StepId } from '@opcc/core';
import type { MeasuredShape } from '../shapes/shape-renderer.js';
import type { FlowInput, LaneInput, MapLayoutInput, StepInput } from '../process/process-types.js';
import { mergeOrder } from './merge-order.js';

/** A place on the shared layout: one step, with the version of it each view draws there. */
export interface UnionNode {
  /** The node's id in the layout: the step id, or a name no step can have for the place a moved step left. */
  readonly node: string;
  readonly step: StepId;
  /** What the as-is view draws here, if anything. */
  readonly before?: StepInput;
  /** What the to-be view draws here, if anything. */
  readonly after?: StepInput;
}

/** A flow of the shared layout, between nodes, with its version in each model. */
interface UnionFlow {
  readonly id: string;
  readonly before?: FlowInput;
  readonly after?: FlowInput;
}

/** A lane of the shared layout, with its version in each model. */
interface UnionLane {
  readonly before?: LaneInput;
  readonly after?: LaneInput;
}

/** Both versions of a map as one layout input, so that a single layout serves the as-is, changes and to-be views. */
export interface UnionMap {
  /** What is laid out: every node, lane and flow of both versions. */
  readonly input: MapLayoutInput;
  /** In the order of `input.steps`. */
  readonly nodes: readonly UnionNode[];
  /** In the order of `input.lanes`. */
  readonly lanes: readonly UnionLane[];
  /** By id, the ids of `input.flows`. */
  readonly flows: ReadonlyMap<string, UnionFlow>;
}

// A space never appears in an id, so the place a moved step left cannot clash with a step.
const LEFT = ' (before)';

/**
 * The union of two versions of a map, measured. A step in both versions sits at one place, sized for the larger of its
 * two shapes; a removed step keeps its place and an added one gets its own; a step that changed lane has two places, the
 * one it left and the one it joins. Throws when neither version is given.
 * @example
 * ```ts
 * const union = unionMap(mapLayoutInput(before, 'armed-policing'), mapLayoutInput(after, 'armed-policing'));
 * ```
 */
export function unionMap(before: MapLayoutInput | undefined, after: MapLayoutInput | undefined): UnionMap {
  const base = after ?? before;
  if (base === undefined) throw new TypeError('unionMap needs at least one version of the map');
  const laneKey = (input: MapLayoutInput | undefined, step: StepInput | undefined) => (step === undefined ? undefined : keyOf(input?.lanes[step.lane]));
  const lanesOf = (input: MapLayoutInput | undefined) => new Map((input?.lanes ?? []).map((l) => [keyOf(l), l]));
  const [oldLanes, newLanes] = [lanesOf(before), lanesOf(after)];
  const laneKeys = mergeOrder([...oldLanes.keys()], [...newLanes.keys()]);
  const lanes = laneKeys.map((key) => optional<UnionLane>({ before: oldLanes.get(key), after: newLanes.get(key) }));
  const laneIndex = new Map(laneKeys.map((key, i) => [key, i]));

  const stepsOf = (input: MapLayoutInput | undefined) => new Map((input?.steps ?? []).map((s) => [s.id as string, s]));
  const [oldSteps, newSteps] = [stepsOf(before), stepsOf(after)];
  const nodes: UnionNode[] = [];
  const steps: StepInput[] = [];
  const left = new Set<string>();
  const place = (node: UnionNode, lane: string | undefined) => {
    const version = node.after ?? node.before;
    if (version === undefined) return;
    nodes.push(node);
    steps.push({ ...version, id: node.node as StepId, lane: laneIndex.get(lane ?? '') ?? 0, shape: larger(node.before?.shape, version.shape) });
  };
  for (const id of mergeOrder([...oldSteps.keys()], [...newSteps.keys()])) {
    const [was, now] = [oldSteps.get(id), newSteps.get(id)];
    const [oldLane, newLane] = [laneKey(before, was), laneKey(after, now)];
    const step = (now ?? was)?.id as StepId;
    if (was !== undefined && now !== undefined && oldLane !== newLane) {
      place({ node: id, step, after: now }, newLane);
      place({ node: `${id}${LEFT}`, step, before: was }, oldLane);
      left.add(id);
    } else {
      place(optional<UnionNode>({ node: id, step, before: was, after: now }), newLane ?? oldLane);
    }
  }

  const flows = new Map<string, UnionFlow & { layout: FlowInput }>();
  const addFlows = (input: MapLayoutInput | undefined, version: 'before' | 'after') => {
    for (const flow of input?.flows ?? []) {
      const end = (id: string) => (version === 'before' && left.has(id) ? `${id}${LEFT}` : id) as StepId;
      const key = `${end(flow.from)}\u0000${end(flow.to)}`;
      const known = flows.get(key);
      const id = known?.id ?? `flow-${flows.size}`;
      flows.set(key, { ...known, id, [version]: flow, layout: known?.layout ?? { ...flow, id, from: end(flow.from), to: end(flow.to) } });
    }
  };
  addFlows(after, 'after');
  addFlows(before, 'before');

  const laneInputs = lanes.map((l) => (l.after ?? l.before) as LaneInput);
  return {
    input: {
      mapId: base.mapId,
      title: base.title,
      lanes: laneInputs,
      steps,
      flows: [...flows.values()].map((f) => f.layout),
      legend: { lanes: laneInputs.flatMap((l) => (l.title === undefined ? [] : [{ label: l.title, fill: l.fill }])), accountability: [] },
    },
    nodes,
    lanes,
    flows: new Map([...flows.values()].map(({ layout: _layout, ...f }) => [f.id, f])),
  };
}

function keyOf(lane: LaneInput | undefined): string {
  return lane?.id ?? '';
}

// The shape that needs more room, so that either version fits the place both share.
function larger(a: MeasuredShape | undefined, b: MeasuredShape): MeasuredShape {
  return a !== undefined && a.width * a.height > b.width * b.height ? a : b;
}

// Leaves out the fields that are undefined, as optional fields must be under exactOptionalPropertyTypes.
function optional<T extends object>(value: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
