import { describe, expect, it } from 'vitest';
import type { Flow, Step } from '../model/model.js';
import { flowOrder } from './flow-order.js';

const step = (id: string, kind: 'start' | 'activity' | 'end' = 'activity') => ({ id, kind, title: id, references: [], outcomes: [] }) as unknown as Step;
const flow = (from: string, to: string) => ({ from, to }) as Flow;
const ids = (steps: readonly Step[]) => steps.map((s) => s.id);

describe('flowOrder', () => {
  it('follows a flow out of a step not reached from a start before going on in map order', () => {
    const steps = [step('s', 'start'), step('x'), step('z'), step('y')];
    expect(ids(flowOrder({ steps, flows: [flow('x', 'y')] }))).toEqual(['s', 'x', 'y', 'z']);
  });

  it('goes breadth-first from every start event, in the order flows are listed', () => {
    const steps = [step('a'), step('s1', 'start'), step('b'), step('s2', 'start'), step('c'), step('e', 'end')];
    const flows = [flow('s1', 'c'), flow('s1', 'a'), flow('s2', 'b'), flow('c', 'e'), flow('a', 'e')];
    expect(ids(flowOrder({ steps, flows }))).toEqual(['s1', 's2', 'c', 'a', 'b', 'e']);
  });

  it('lists each step once, through loops and flows to unknown steps', () => {
    const steps = [step('s', 'start'), step('a'), step('b')];
    const flows = [flow('s', 'a'), flow('a', 'b'), flow('b', 'a'), flow('b', 'missing')];
    expect(ids(flowOrder({ steps, flows }))).toEqual(['s', 'a', 'b']);
  });
});
