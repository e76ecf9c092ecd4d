import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../build/model-builder.js';
import { NotFoundError } from '../errors.js';
import { referenceModel } from '../testing/reference-model.js';
import { mapScenarios } from './map-scenarios.js';

const steps = (prefix: string) => ({
  steps: [
    { id: 'start', kind: 'start' as const, title: 'Start' },
    { id: `${prefix}-act`, kind: 'activity' as const, title: 'Act' },
    { id: 'done', kind: 'end' as const, title: 'Done' },
  ],
  flows: [
    { from: 'start', to: `${prefix}-act` },
    { from: `${prefix}-act`, to: 'done' },
  ],
});

/** Two maps and a scenario that focuses on one and names steps of the other. */
function built() {
  return new ModelBuilder()
    .glossary({ entries: [{ code: '1', title: 'Everything' }] })
    .parties({ parties: [{ id: 'pcc', title: 'Commissioner', type: 'commissioner' }] })
    .processMap({ id: 'engage', title: 'Engage', ...steps('engage') })
    .processMap({ id: 'plan', title: 'Plan', ...steps('plan') })
    .processMap({ id: 'unused', title: 'Unused', ...steps('unused') })
    .scenario({
      id: 'drill',
      title: 'Drill',
      summary: 'A drill.',
      audience: 'Staff',
      format: 'seminar',
      duration: 30,
      setting: 'The plan is due.',
      objectives: [
        { id: 'engage-well', text: 'Engage well.' },
        { id: 'plan-well', text: 'Plan well.', maps: ['plan'] },
      ],
      roles: [{ id: 'commissioner', title: 'Commissioner', party: 'pcc' }],
      modules: [
        {
          id: 'first',
          title: 'First',
          start: 0,
          focus: { map: 'engage', steps: ['engage-act'] },
          injects: [
            { id: 'letter', time: 5, from: 'commissioner', to: ['commissioner'], medium: 'letter', content: 'A letter.', expects: [{ step: 'engage-act' }] },
            {
              id: 'call',
              time: 6,
              from: 'commissioner',
              to: ['commissioner'],
              medium: 'phone',
              content: 'A call.',
              expects: [{ map: 'plan', step: 'plan-act' }],
            },
          ],
          questions: [
            { id: 'who', prompt: 'Who?', objectives: ['engage-well'], steps: [{ step: 'engage-act' }] },
            { id: 'when', prompt: 'When?', objectives: ['plan-well'], steps: [{ map: 'plan', step: 'plan-act' }] },
          ],
        },
      ],
    })
    .build();
}

describe('mapScenarios', () => {
  it('finds the focus, expected actions, questions and objectives that use a map; a step without a map is on the focus map', () => {
    const { model, diagnostics } = built();
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(mapScenarios(model, 'engage')).toEqual([
      { scenario: 'drill', in: 'focus', id: 'first' },
      { scenario: 'drill', in: 'expected-action', id: 'letter' },
      { scenario: 'drill', in: 'question', id: 'who' },
    ]);
    expect(mapScenarios(model, 'plan')).toEqual([
      { scenario: 'drill', in: 'expected-action', id: 'call' },
      { scenario: 'drill', in: 'question', id: 'when' },
      { scenario: 'drill', in: 'objective', id: 'plan-well' },
    ]);
    expect(mapScenarios(model, 'unused')).toEqual([]);
  });

  it('names the reference scenario on every map it focuses on, and no other', () => {
    const model = referenceModel();
    const complaint = mapScenarios(model, 'complaints-against-chief-constable');
    expect(new Set(complaint.map((u) => u.scenario))).toEqual(new Set(['complaint-about-the-chief-constable']));
    expect(complaint.filter((u) => u.in === 'focus').length).toBe(5);
    expect(complaint.filter((u) => u.in === 'objective').map((u) => u.id)).toEqual(['appropriate-authority', 'refer-to-iopc']);
    for (const scenario of model.scenarios)
      for (const map of new Set(scenario.modules.flatMap((m) => (m.focus === undefined ? [] : [m.focus.map]))))
        expect(mapScenarios(model, map).some((u) => u.scenario === scenario.id && u.in === 'focus')).toBe(true);
    expect(mapScenarios(model, model.maps.find((m) => m.id === 'develop')?.id ?? 'develop')).toEqual([]);
  });

  it('reports an unknown map as not found', () => {
    expect(() => mapScenarios(built().model, 'nowhere')).toThrow(NotFoundError);
  });
});
