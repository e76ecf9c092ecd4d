import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors.js';
import { glossaryCode } from '../schema/id-constructors.js';
import { referenceModel } from '../testing/reference-model.js';
import { codeUsage } from './code-usage.js';
import { whereUsed } from './where-used.js';

const model = referenceModel();

describe('codeUsage on the reference model', () => {
  it('finds a code on maps and in both profiles', () => {
    const usage = codeUsage(model, '1.2.2');
    expect(usage.steps).toEqual([{ map: 'develop', step: 'force-delivery-plans', code: '1.2.2' }]);
    expect(usage.profiles).toEqual([
      { profile: 'northshire', code: '1.2.2', roles: ['accountable', 'consulted'] },
      { profile: 'southvale', code: '1.2.2', roles: ['accountable', 'consulted'] },
    ]);
  });

  it('adds the profiles to what whereUsed finds, for every code of the glossary', () => {
    for (const entry of model.glossary.entries) {
      const { profiles, scenarios: _scenarios, ...rest } = codeUsage(model, entry.code);
      expect(rest).toEqual(whereUsed(model, entry.code));
      const assigned = model.profiles.filter((p) => p.assignments.some((a) => a.code === entry.code)).map((p) => p.id);
      expect(profiles.map((p) => p.profile)).toEqual(assigned);
    }
  });

  it('finds the scenarios whose objectives and questions name a code', () => {
    const usage = codeUsage(model, '1.7.3.3');
    const named = model.scenarios.flatMap((s) => [
      ...s.objectives.filter((o) => o.codes.includes(glossaryCode('1.7.3.3'))).map((o) => `${s.id} objective ${o.id}`),
      ...s.modules.flatMap((m) => m.questions.filter((q) => q.codes.includes(glossaryCode('1.7.3.3'))).map((q) => `${s.id} question ${q.id}`)),
    ]);
    expect(named.length).toBeGreaterThanOrEqual(2);
    expect(usage.scenarios.map((u) => `${u.scenario} ${u.in} ${u.id}`)).toEqual(named);
    expect(codeUsage(model, '1.1').scenarios.length).toBeLessThan(codeUsage(model, '1', { includeDescendants: true }).scenarios.length);
  });

  it('finds collaboration business areas, and the codes beneath with includeDescendants', () => {
    const area = model.collaborations.flatMap((c) => c.businessAreas).find((a) => a.codes.length > 0);
    const code = area?.codes[0];
    expect(code).toBeDefined();
    expect(codeUsage(model, code ?? '').businessAreas.map((b) => b.area)).toContain(area?.id);
    const top = glossaryCode('1');
    const deep = codeUsage(model, top, { includeDescendants: true });
    expect(deep.profiles.length).toBeGreaterThan(codeUsage(model, top).profiles.length);
    expect(deep.steps.every((s) => s.code === '1' || s.code.startsWith('1.'))).toBe(true);
  });

  it('reports an unknown code, or text that is no code, as not found', () => {
    expect(() => codeUsage(model, '99.1')).toThrow(NotFoundError);
    expect(() => codeUsage(model, 'pcc')).toThrow(NotFoundError);
  });
});
