import { get } from './lookup.js';
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
}

/**
 * Plans every flow: it turns in the channel after its source's layer and, unless its target is
 * in the very next layer, runs along its source lane's corridor to the channel before the target.
 */
export function planFlows(flows: readonly FlowInput[], steps: ReadonlyMap<string, StepInput>, layerOf: (step: StepInput) => number): FlowPlan[] {
  return flows.map((flow) => {
    const from = get(steps, flow.from, 'step');
    const to = get(steps, flow.to, 'step');
    const i = layerOf(from);
    const j = layerOf(to);
    return { flow, from, to, exitChannel: i, entryChannel: j - 1, corridor: j !== i + 1 };
  });
}
