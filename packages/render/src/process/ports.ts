import type { FlowPlan } from './flow-plans.js';
import { at, get, groupBy } from './lookup.js';
import type { PlacedStep } from './process-types.js';
import { spreadPorts } from './spread-ports.js';

/** What port placement needs: the placed steps, the flows, and the heights flows head for. */
export interface PortInput {
  readonly steps: readonly PlacedStep[];
  readonly plans: readonly FlowPlan[];
  /** The y of each step's axis, by step id. */
  readonly axisOf: ReadonlyMap<string, number>;
  /** The y of each corridor flow's run along its corridor, by flow id. */
  readonly corridorY: ReadonlyMap<string, number>;
}

/** Where each flow leaves its source and enters its target. */
export interface Ports {
  /** The y at which each flow leaves its source's right side, by flow id. */
  readonly exitY: ReadonlyMap<string, number>;
  /** The y at which each flow enters its target's left side, by flow id. */
  readonly entryY: ReadonlyMap<string, number>;
}

/**
 * Flows leaving (entering) a step spread down its right (left) side in the order of the height
 * they head for next: the corridor, or the other end's axis.
 */
export function placePorts(input: PortInput): Ports {
  const axis = (id: string) => get(input.axisOf, id, 'axis of step');
  const headsFor = (plan: FlowPlan, other: string) => (plan.corridor ? get(input.corridorY, plan.flow.id, 'corridor of flow') : axis(other));
  const outsOf = groupBy(input.plans, (p) => p.from.id as string);
  const insOf = groupBy(input.plans, (p) => p.to.id as string);
  const exitY = new Map<string, number>();
  const entryY = new Map<string, number>();
  for (const { step, geometry } of input.steps) {
    const outs = outsOf.get(step.id) ?? [];
    const ins = insOf.get(step.id) ?? [];
    const outYs = spreadPorts(
      geometry.right,
      axis(step.id),
      outs.map((q) => headsFor(q, q.to.id)),
    );
    outs.forEach((q, k) => exitY.set(q.flow.id, at(outYs, k, 'exit port')));
    const inYs = spreadPorts(
      geometry.left,
      axis(step.id),
      ins.map((q) => headsFor(q, q.from.id)),
    );
    ins.forEach((q, k) => entryY.set(q.flow.id, at(inYs, k, 'entry port')));
  }
  return { exitY, entryY };
}
