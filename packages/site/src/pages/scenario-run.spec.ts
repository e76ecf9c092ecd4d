import { guide } from '@opcc/guide';
import { describe, expect, it } from 'vitest';
import { NO_SCENARIO_DRAWINGS } from '../build/scenario-drawings.js';
import { stepTitle } from './scenario-common.js';
import { scenarioGuidePage } from './scenario-guide.js';
import { scenarioRunPage } from './scenario-run.js';
import { scenarioFacilitatorPage } from './scenario-facilitator.js';

const alliance = guide.scenarios.find((s) => s.id === 'alliance-business-area')!;
const complaint = guide.scenarios.find((s) => s.modules.some((m) => m.injects.some((i) => i.contingency !== undefined)))!;

/** The attributes of each module section of a page, by module id. */
function sections(page: string): Map<string, string> {
  return new Map([...page.matchAll(/<section class="run-module" id="module-([^"]+)"([^>]*)>/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

describe('the run page of a scenario', () => {
  it('plans each module to end where the route goes on, not where the next module listed starts', () => {
    const found = sections(scenarioRunPage(guide, alliance, NO_SCENARIO_DRAWINGS));
    // "stopped" ends the exercise and is listed before "full-case", which also starts at 30.
    expect(found.get('stopped')).toContain('data-start="30" data-end="90"');
    expect(found.get('stopped')).not.toContain('data-next');
    expect(found.get('full-case')).toContain('data-start="30" data-end="55"');
    expect(found.get('full-case')).toContain('data-next="agreement-and-panel"');
    expect(found.get('outline-case')).toContain('data-end="30"');
  });

  it('names the scenario and version on the run, and keeps the staff mark for the facilitator view', () => {
    const run = scenarioRunPage(guide, alliance, NO_SCENARIO_DRAWINGS);
    expect(run).toMatch(new RegExp(`<div class="scenario-run" data-run [^>]*data-scenario="${alliance.id}"`));
    expect(run).not.toMatch(/data-run [^>]*data-staff/);
    expect(scenarioFacilitatorPage(guide, alliance, NO_SCENARIO_DRAWINGS)).toMatch(/data-run [^>]*data-staff/);
  });

  it('gives each contingency inject its own release button, naming the step, and marks it', () => {
    const page = scenarioRunPage(guide, complaint, NO_SCENARIO_DRAWINGS);
    for (const m of complaint.modules) {
      const section = page.slice(page.indexOf(`id="module-${m.id}"`), page.indexOf('</section>\n', page.indexOf(`id="module-${m.id}-injects"`)));
      for (const inject of m.injects) {
        const button = new RegExp(
          `data-run-action="release-contingency"\\s+data-inject="${inject.id}" hidden>` + 'Release contingency inject — only if not done: ([^<]+)<',
        );
        if (inject.contingency === undefined) {
          expect(section).not.toMatch(button);
          expect(section).toMatch(new RegExp(`data-inject="${inject.id}" data-time="${inject.time}">`));
        } else {
          const map = inject.contingency.unless.map ?? m.focus?.map ?? '';
          expect(section.match(button)?.[1], inject.id).toBe(stepTitle(guide, map, inject.contingency.unless.step));
          expect(stepTitle(guide, map, inject.contingency.unless.step)).not.toBe(inject.contingency.unless.step);
          expect(section).toMatch(new RegExp(`data-inject="${inject.id}" data-time="${inject.time}" data-contingency>`));
        }
      }
      const planned = m.injects.some((i) => i.contingency === undefined);
      expect(section.includes('data-run-action="release" '), m.id).toBe(planned);
    }
  });
});

describe('the timings of the printed facilitator guide', () => {
  it('times a module that ends the exercise to the planned end', () => {
    const page = scenarioGuidePage(guide, alliance, NO_SCENARIO_DRAWINGS);
    const row = (title: string) => new RegExp(`${title}</th><td>[^<]*</td><td>(\\d+) minutes`).exec(page)?.[1];
    expect(row('Stopped at the outline gate')).toBe('60');
    expect(row('The full business case and staff')).toBe('25');
  });
});
