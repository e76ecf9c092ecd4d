import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/model.js';
import { defaultSuccessor, moduleSuccessors, plannedEnd } from './check-scenario-flow.js';

type Modules = Pick<Scenario, 'modules' | 'duration'>;
type Module = Scenario['modules'][number];

const module = (id: string, start: number, more: Partial<Module> = {}): Module =>
  ({ id, title: id, start, injects: [], questions: [], ...more }) as unknown as Module;
const choice = (...next: Array<string | undefined>) =>
  ({
    id: 'q',
    prompt: 'q',
    kind: 'choice',
    objectives: [],
    codes: [],
    points: [],
    options: next.map((n, i) => ({ id: `o${i}`, text: 'o', next: n })),
  }) as unknown as Module['questions'][number];

// The shape of the alliance scenario: a choice that decides between an early end and the full case, both at 30.
const alliance: Modules = {
  duration: 90,
  modules: [
    module('outline', 0, { questions: [choice('full-case', 'stopped')] }),
    module('stopped', 30, { end: true }),
    module('full-case', 30),
    module('panel', 55),
    module('review', 70),
  ],
};

describe('defaultSuccessor', () => {
  it('is the next listed module, none after an end, a deciding choice or the last, and `next` where given', () => {
    expect(['outline', 'stopped', 'full-case', 'panel', 'review'].map((id) => defaultSuccessor(alliance, id))).toEqual([
      undefined,
      undefined,
      'panel',
      'review',
      undefined,
    ]);
    const skipping: Modules = { duration: 30, modules: [module('a', 0, { next: 'c' }), module('b', 10), module('c', 20)] };
    expect(defaultSuccessor(skipping, 'a')).toBe('c');
    expect(defaultSuccessor(skipping, 'missing')).toBeUndefined();
  });

  it('is the first of moduleSuccessors where there is one', () => {
    const all = moduleSuccessors(alliance);
    for (const m of alliance.modules) {
      const d = defaultSuccessor(alliance, m.id);
      if (d !== undefined) expect(all.get(m.id)?.[0]).toBe(d);
    }
  });
});

describe('plannedEnd', () => {
  it('runs a module that ends the exercise to the planned duration, not to the start of the module listed after it', () => {
    expect(plannedEnd(alliance, 'stopped')).toBe(90);
    expect(plannedEnd(alliance, 'full-case')).toBe(55);
    expect(plannedEnd(alliance, 'review')).toBe(90);
  });

  it('ends a module whose choice decides at the earliest start among the modules the choice leads to', () => {
    expect(plannedEnd(alliance, 'outline')).toBe(30);
  });

  it('times a module that skips others by the module it goes on to, and ignores a way back', () => {
    const skipping: Modules = { duration: 40, modules: [module('a', 0, { next: 'c' }), module('b', 10), module('c', 20, { next: 'a' })] };
    expect(plannedEnd(skipping, 'a')).toBe(20);
    expect(plannedEnd(skipping, 'c')).toBe(40);
  });
});
