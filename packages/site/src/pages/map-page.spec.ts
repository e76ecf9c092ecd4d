import { hasErrors, ModelBuilder } from '@opcc/core';
import { guide } from '@opcc/guide';
import { renderMap } from '@opcc/render';
import { describe, expect, it } from 'vitest';
import { mapPage } from './map-page.js';

const stepOrder = (markup: string) => [...markup.matchAll(/data-step="([^"]+)"/g)].map((m) => m[1]);
// The text list's steps: each a section with the step's id.
const listOrder = (markup: string) => [...markup.matchAll(/<section class="step" id="([^"]+)"/g)].map((m) => m[1]);

describe('mapPage', () => {
  it('lists the steps in the order the drawing tabs through them, a flow from an unreached step included', async () => {
    // z comes before y on the map, but y is where x's flow leads, so a reader meets y first.
    const { model, diagnostics } = new ModelBuilder()
      .manifest({ title: 'Order' })
      .processMap({
        id: 'order',
        title: 'Order',
        steps: [
          { id: 's', kind: 'start', title: 'Start' },
          { id: 'x', kind: 'activity', title: 'X' },
          { id: 'z', kind: 'activity', title: 'Z' },
          { id: 'y', kind: 'activity', title: 'Y' },
        ],
        flows: [{ from: 'x', to: 'y' }],
      })
      .build();
    // Warnings are expected: z and y cannot be reached from the start.
    expect(hasErrors(diagnostics)).toBe(false);
    const map = model.maps[0];
    if (map === undefined) throw new Error('the model has its map');
    const drawing = await renderMap(model, 'order');
    expect(stepOrder(drawing.svg)).toEqual(['s', 'x', 'y', 'z']);
    const page = mapPage(model, map, undefined);
    expect(listOrder(page)).toEqual(stepOrder(drawing.svg));
  });

  it('says in the text list, for every decision of the reference maps, where each answer leads', () => {
    let decisions = 0;
    for (const map of guide.maps) {
      const page = mapPage(guide, map, undefined);
      for (const step of map.steps.filter((s) => s.kind === 'decision')) {
        decisions++;
        const section = page.slice(page.indexOf(`<section class="step" id="${step.id}"`));
        const answers = section.slice(0, section.indexOf('</section>'));
        expect(answers, `${map.id} ${step.id}`).toContain('Where each answer leads');
        for (const flow of map.flows.filter((f) => f.from === step.id)) expect(answers, `${map.id} ${step.id}`).toContain(`: go to <a href="#${flow.to}">`);
      }
    }
    expect(decisions).toBeGreaterThan(5);
  });
});
