import { guide } from '@opcc/guide';
import { renderMap } from '@opcc/render';
import { describe, expect, it } from 'vitest';
import { drawScenario, focusedOn, focusUnion } from './scenario-drawings.js';

// Each map a scenario focuses on is drawn once and marked per module (focusedOn here, client/focus-marking.ts in the
// page). Marked for a module, it must say what the module's own drawing, drawn with render's focus, says.

/** The step and flow groups of a drawing, in order, as a reader meets them: class, accessible name, arrow head. */
function marking(svg: string): string[] {
  return [...svg.matchAll(/<g\s[^>]*>/g)].flatMap(([tag]) => {
    const value = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const classes = value('class')?.split(' ') ?? [];
    if (classes.includes('step')) return [`step ${value('data-step')}: ${[...classes].sort().join(' ')} | ${value('aria-label')}`];
    if (classes.includes('flow')) return [`flow: ${[...classes].sort().join(' ')} | ${value('marker-end') ?? ''}`];
    return [];
  });
}

describe('the drawings of a scenario', () => {
  it.each(guide.scenarios.map((s) => [s.id, s] as const))('%s: draws each map once; marked for any module, it matches the module own drawing', async (_id, scenario) => {
    const drawings = await drawScenario(guide, scenario);
    expect([...drawings.maps.keys()]).toEqual([...focusUnion(scenario).keys()]);
    let compared = 0;
    for (const module of scenario.modules) {
      if (module.focus === undefined) continue;
      const shared = drawings.maps.get(module.focus.map);
      if (shared === undefined) throw new Error(`no drawing of ${module.focus.map}`);
      const own = await renderMap(guide, module.focus.map, { focus: module.focus.steps, styling: 'classes' });
      const marked = marking(focusedOn(shared, module.focus.steps, drawings.flowsInFocus.get(module.id) ?? []).svg);
      // The marks of the ids differ (each drawing has its own prefix); what is marked must not.
      expect(marked.map((m) => m.replace(/url\(#[^)]*\)/, 'url')), module.id).toEqual(marking(own.svg).map((m) => m.replace(/url\(#[^)]*\)/, 'url')));
      expect(marked.filter((m) => m.endsWith(', focus step')).length, module.id).toBe(module.focus.steps.length);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(1);
  });

  it('keeps the focus marks of every module focus step in the one drawing, and leaves no step marked twice', async () => {
    const scenario = guide.scenarios.find((s) => new Set(s.modules.map((m) => m.focus?.map)).size === 1 && s.modules.length > 2);
    if (scenario === undefined) throw new Error('the reference model has a scenario whose modules share a map');
    const drawings = await drawScenario(guide, scenario);
    const [map, steps] = [...focusUnion(scenario)][0] ?? ['', []];
    const svg = drawings.maps.get(map)?.svg ?? '';
    expect(svg.match(/class="focus-mark"/g)?.length).toBe(steps.length);
    expect(new Set(steps).size).toBe(steps.length);
    expect(steps.length).toBeGreaterThan(Math.max(...scenario.modules.map((m) => m.focus?.steps.length ?? 0)));
  });
});
