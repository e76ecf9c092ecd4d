import { get, groupBy } from './lookup.js';
import type { FlowInput, StepInput } from './process-types.js';

/** How a flow will be routed, decided from the layers of its ends before anything is placed. */
export interface FlowPlan {
  readonly flow: FlowInput;
  readonly from: StepInput;
  readonly to: StepInput;
  /** The channel the flow turns in after leaving its source (channel c lies right of layer c). */
  readonly exitChannel: number;
  /** The channel it turns in before entering its target. */
  readonly entryChannel: number;
  /** True when it runs along the corridor at the bottom of its source's lane. */
  readonly corridor: boolean;
  /** True when its label is an answer written beside the decision it leaves, rather than beside the shape it enters. */
  readonly labelAtSource: boolean;
}

/**
 * A yes/no decision's answers read best beside the diamond, each on the side its flow turns to;
 * a decision with more labelled ways out than that has its answers beside the shapes they lead to.
 */
const MAX_ANSWERS_BESIDE_DECISION = 2;

/**
 * Plans every flow: it turns in the channel after its source's layer and, unless its target is
 * in the very next layer, runs along its source lane's corridor to the channel before the target;
 * and says which end its label belongs to.
 */
export function planFlows(flows: readonly FlowInput[], steps: ReadonlyMap<string, StepInput>, layerOf: (step: StepInput) => number): FlowPlan[] {
  const answers = groupBy(
    flows.filter((f) => f.label !== undefined),
    (f) => f.from as string,
  );
  return flows.map((flow) => {
    const from = get(steps, flow.from, 'step');
    const to = get(steps, flow.to, 'step');
    const i = layerOf(from);
    const j = layerOf(to);
    const labelAtSource = flow.label !== undefined && from.kind === 'decision' && (answers.get(from.id)?.length ?? 0) <= MAX_ANSWERS_BESIDE_DECISION;
    return { flow, from, to, exitChannel: i, entryChannel: j - 1, corridor: j !== i + 1, labelAtSource };
  });
}
