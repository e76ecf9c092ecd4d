import { describe, expect, it } from 'vitest';
import { moduleSuccessors } from '@opcc/core';
import { guide } from './index.js';

/*
 * The reference model's training scenarios: one for each exercise the 2012 model was meant to
 * support, each run over the map it is about, with injects and questions whose model answers
 * state the law as it now is.
 */

const byId = new Map(guide.scenarios.map((s) => [s.id as string, s]));
const scenario = (id: string) => {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`no scenario ${id}`);
  return found;
};
const text = (id: string) => JSON.stringify(scenario(id));

describe('the reference scenarios', () => {
  it('are the five exercises, each focused on the map of its process', () => {
    const focus = (id: string) => [...new Set(scenario(id).modules.flatMap((m) => (m.focus === undefined ? [] : [m.focus.map])))];
    expect(focus('first-100-days')).toEqual(['commissioner-start-up']);
    expect(focus('complaint-about-the-chief-constable')).toEqual(['complaints-against-chief-constable']);
    expect(focus('major-incident-gold-group')).toEqual(['major-incident-gold-group']);
    expect(focus('strategic-policing-requirement')).toEqual(['strategic-policing-requirement']);
    expect(focus('alliance-business-area')).toEqual(['alliance-business-area-lifecycle']);
    expect(guide.scenarios).toHaveLength(5);
  });

  it('have 3 to 6 modules, injects, and a model answer for every question', () => {
    for (const s of guide.scenarios) {
      expect(s.modules.length, s.id).toBeGreaterThanOrEqual(3);
      expect(s.modules.length, s.id).toBeLessThanOrEqual(6);
      expect(s.modules.flatMap((m) => m.injects).length, s.id).toBeGreaterThan(0);
      for (const q of s.modules.flatMap((m) => m.questions)) expect(q.answer, `${s.id}: ${q.id}`).toBeDefined();
      expect(s.illustrative, s.id).toBe(true);
    }
  });

  it('include branches: a choice that leads away from the listed order', () => {
    const branching = guide.scenarios.filter((s) => {
      const listed = new Map(s.modules.map((m, i) => [m.id as string, s.modules[i + 1]?.id]));
      return [...moduleSuccessors(s)].some(([from, to]) => to.some((t) => t !== listed.get(from)));
    });
    expect(branching.map((s) => s.id).sort()).toEqual(['alliance-business-area', 'complaint-about-the-chief-constable', 'major-incident-gold-group']);
  });

  it('state the law as it now is', () => {
    expect(text('complaint-about-the-chief-constable')).toMatch(/appropriate authority/);
    expect(text('complaint-about-the-chief-constable')).toMatch(/Police \(Complaints and Misconduct\) Regulations 2020/);
    expect(text('complaint-about-the-chief-constable')).toMatch(/panel scrutinises the Commissioner, not the Chief Constable/);
    expect(text('first-100-days')).toMatch(/declaration of acceptance of office/);
    expect(text('first-100-days')).toMatch(/veto applies only to the Chief Constable and the precept/);
    expect(text('major-incident-gold-group')).toMatch(/must not fetter the\s+operational independence/);
    expect(text('strategic-policing-requirement')).toMatch(/section 24 of the Police Act 1996/);
    expect(text('alliance-business-area')).toMatch(/section 22A/);
    for (const s of guide.scenarios) {
      expect(JSON.stringify(s), s.id).not.toMatch(/Protocol Order 2011|IPCC/);
      if (JSON.stringify(s).includes('Policing Protocol')) expect(JSON.stringify(s), s.id).toMatch(/Policing Protocol Order 2023|policing-protocol-order-2023/);
    }
  });
});
