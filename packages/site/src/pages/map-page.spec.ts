import { hasErrors, indexModel, ModelBuilder } from '@opcc/core';
import { guide } from '@opcc/guide';
import { renderMap } from '@opcc/render';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html.js';
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

  it("gives a step's glossary code the entry's title as its tooltip only when the step is titled otherwise, and says once that the codes are illustrative", () => {
    const titles = { same: 0, other: 0 };
    for (const map of guide.maps) {
      const page = mapPage(guide, map, undefined);
      expect(page.split('come from an illustrative Police Activities Glossary').length, map.id).toBe(map.steps.some((s) => s.kind === 'activity' && s.code !== undefined) ? 2 : 1);
      for (const step of map.steps) {
        const entry = step.kind === 'activity' && step.code !== undefined ? indexModel(guide).findEntry(step.code) : undefined;
        if (entry === undefined) continue;
        const heading = /<h3>(<a class="code"[^>]*>)/.exec(page.slice(page.indexOf(`<section class="step" id="${step.id}"`)))?.[1];
        const same = entry.title === step.title;
        titles[same ? 'same' : 'other']++;
        expect(heading, `${map.id} ${step.id}`).toBe(`<a class="code" href="glossary.html#${entry.id}"${same ? '' : ` title="${escapeHtml(entry.title)}"`}>`);
      }
    }
    expect(titles.same).toBeGreaterThan(10);
    expect(titles.other).toBeGreaterThan(10);
  });
});
