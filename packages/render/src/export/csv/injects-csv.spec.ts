import { importInjectsCsv, loadModel, withInjects, type Scenario } from '@opcc/core';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { injectsCsv } from './injects-csv.js';

const guide = fileURLToPath(new URL('../../../../guide/model', import.meta.url));

/** A scenario whose first inject's content is `content`. */
function withContent(scenario: Scenario, content: string): Scenario {
  const [first, ...rest] = scenario.modules;
  if (first === undefined) return scenario;
  const [inject, ...others] = first.injects;
  return inject === undefined ? scenario : { ...scenario, modules: [{ ...first, injects: [{ ...inject, content }, ...others] }, ...rest] };
}

describe('injectsCsv', () => {
  it('round-trips every scenario of the reference model through the spreadsheet', async () => {
    const { model } = await loadModel(guide);
    expect(model.scenarios.length).toBeGreaterThan(0);
    for (const scenario of model.scenarios) {
      const { injects, diagnostics } = importInjectsCsv(injectsCsv(scenario), scenario);
      expect(diagnostics, scenario.id).toEqual([]);
      expect(
        withInjects(scenario, injects ?? new Map()).modules.map((m) => m.injects),
        scenario.id,
      ).toEqual(scenario.modules.map((m) => m.injects));
    }
  });

  it('neutralises formulas, and still gives back the text as written', async () => {
    const { model } = await loadModel(guide);
    const scenario = model.scenarios.find((s) => s.modules[0]?.injects[0] !== undefined);
    if (scenario === undefined) throw new Error('the reference model has a scenario with an inject in its first module');
    for (const content of ["=cmd|' /C calc'!A0", "'=already quoted", '+1', '@SUM(A1)', "''", "'plain"]) {
      const hostile = withContent(scenario, content);
      const csv = injectsCsv(hostile);
      const quoted = /^[=+\-@]|^'[=+\-@']/.test(content);
      // A cell a spreadsheet would run, or one that already looks neutralised, is written with a quote before it.
      expect(csv.includes(`,'${content.replaceAll('"', '""')}`) || csv.includes(`,"'${content.replaceAll('"', '""')}`), content).toBe(quoted);
      const { injects } = importInjectsCsv(csv, hostile);
      expect(injects?.get(scenario.modules[0]!.id)?.[0]?.content).toBe(content);
    }
  });
});
