import { describe, expect, it } from 'vitest';
import { applyText } from '../testing/change-set-testing.js';
import { fixtureBuilder } from '../testing/fixture-model.js';

/*
 * Removing a step joins each flow into it to each flow out of it. Out of a decision, the flows
 * say when each way is taken; the step before the decision now makes that choice, so its new ways
 * out must still say so.
 */

describe('remove-step', () => {
  const fixture = fixtureBuilder().build().model;
  const engage = (yaml: string) => {
    const { model, diagnostics } = applyText(fixture, yaml);
    return { flows: model.maps.find((m) => m.id === 'engage-consult')?.flows, diagnostics };
  };
  const withDecision = `
- { change: add-step, map: engage-consult, after: analysis, before: mandate, step: { id: enough, kind: decision, title: Enough views?, lane: opcc } }
- { change: add-flow, map: engage-consult, flow: { from: enough, to: end, label: 'No', condition: Too few responses to act on. } }
- { change: remove-flow, map: engage-consult, from: enough, to: mandate }
- { change: add-flow, map: engage-consult, flow: { from: enough, to: mandate, label: 'Yes' } }`;

  it('carries the words of each way out of a removed decision onto the flow that takes its place', () => {
    const { flows, diagnostics } = engage(`${withDecision}\n- { change: remove-step, map: engage-consult, step: enough }`);
    expect(diagnostics).toEqual([]);
    expect(flows).toEqual([
      { from: 'start', to: 'analysis' },
      { from: 'analysis', to: 'end', label: 'No', condition: 'Too few responses to act on.' },
      { from: 'analysis', to: 'mandate', label: 'Yes' },
      { from: 'mandate', to: 'end' },
    ]);
  });

  it('keeps the words of the way in when the way out has none', () => {
    const { flows } = engage(`
- { change: remove-flow, map: engage-consult, from: analysis, to: mandate }
- { change: add-flow, map: engage-consult, flow: { from: analysis, to: mandate, label: Mandate drafted } }
- { change: remove-step, map: engage-consult, step: mandate }`);
    expect(flows).toEqual([
      { from: 'start', to: 'analysis' },
      { from: 'analysis', to: 'end', label: 'Mandate drafted' },
    ]);
  });
});
