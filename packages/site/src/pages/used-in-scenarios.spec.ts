import { codeUsage, mapScenarios } from '@opcc/core';
import { guide } from '@opcc/guide';
import { describe, expect, it } from 'vitest';
import { glossaryPage } from './glossary-page.js';
import { mapPage } from './map-page.js';
import { pagePath } from './paths.js';

const scenarioLinks = (markup: string) => [...markup.matchAll(/<ul class="used-in-scenarios">([\s\S]*?)<\/ul>/g)].map((m) => m[1] ?? '').join('');
const linked = (markup: string) => [...scenarioLinks(markup).matchAll(/href="scenario-([^"]+)\.html"/g)].map((m) => m[1]);

describe('Used in scenarios', () => {
  it('lists, on every map page, exactly the scenarios core says use the map, each once and linked to its briefing', () => {
    let shown = 0;
    for (const map of guide.maps) {
      const markup = mapPage(guide, map, undefined);
      const expected = [...new Set(mapScenarios(guide, map.id).map((u) => u.scenario as string))];
      expect(linked(markup), map.id).toEqual(expected);
      if (expected.length > 0) expect(markup).toContain('<h2 id="opcc-used-in-scenarios">Used in scenarios</h2>');
      shown += expected.length;
    }
    expect(shown).toBeGreaterThanOrEqual(guide.scenarios.length);
  });

  it('says how the scenario uses the map', () => {
    const map = guide.maps.find((m) => m.id === 'complaints-against-chief-constable');
    if (map === undefined) throw new Error('the reference model has the complaints map');
    const markup = mapPage(guide, map, undefined);
    expect(scenarioLinks(markup)).toContain(`<a href="${pagePath.scenario('complaint-about-the-chief-constable')}">A serious complaint about the Chief Constable</a>`);
    expect(scenarioLinks(markup)).toMatch(/5 modules focus on it/);
    expect(scenarioLinks(markup)).toMatch(/2 objectives/);
  });

  it('lists, on each glossary entry, the scenarios whose objectives and questions name its code', () => {
    const markup = glossaryPage(guide);
    const entries = [...markup.matchAll(/<article id="[^"]+"><h[2-6]><code>([^<]+)<\/code>([\s\S]*?)<\/article>/g)];
    expect(entries.length).toBe(guide.glossary.entries.length);
    let shown = 0;
    for (const [, code = '', body = ''] of entries) {
      const expected = [...new Set(codeUsage(guide, code).scenarios.map((u) => u.scenario as string))];
      expect(linked(body), code).toEqual(expected);
      shown += expected.length;
    }
    expect(shown).toBeGreaterThan(0);
  });
});
