import { describe, expect, it } from 'vitest';
import { accountableFor, type ProcessMap } from '@opcc/core';
import { guide } from './index.js';

/** Every string anywhere in a value, so a check on wording covers all of the model's text. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

const allText = textsOf(guide);

const mapById = (id: string): ProcessMap => {
  const found = guide.maps.find((m) => m.id === id);
  if (found === undefined) throw new Error(`no process map ${id}`);
  return found;
};

describe('the law is current (the Policing Protocol Order 2023)', () => {
  it('cites the 2011 Protocol Order only as revoked or replaced', () => {
    const stale = allText.filter((t) => /Protocol Order 2011/i.test(t) && !/replac|revok/i.test(t));
    expect(stale).toEqual([]);
  });

  it('has the 2023 Order as a reference and no reference to the 2011 Order', () => {
    const protocol = guide.references.find((r) => r.id === 'policing-protocol-order-2023');
    expect(protocol?.href).toBe('https://www.legislation.gov.uk/uksi/2023/649/contents');
    expect(guide.references.filter((r) => r.href?.includes('uksi/2011/2744') === true || /protocol.*2011/i.test(r.id))).toEqual([]);
  });

  it('says the date the content is correct as at', () => {
    expect(guide.asAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Date.parse(guide.asAt ?? '')).toBeGreaterThanOrEqual(Date.parse('2023-07-03'));
  });
});

describe('collaborations under section 22A', () => {
  const unitIds = new Set(guide.parties.filter((p) => p.type === 'collaboration-unit').map((p) => p.id as string));
  const typeOf = new Map(guide.parties.map((p) => [p.id as string, p.type]));

  it('has collaboration units to check', () => {
    expect(unitIds.size).toBeGreaterThan(0);
  });

  it.each(guide.profiles.map((p) => p.id as string))('in %s, never makes a collaboration unit the only accountable party', (id) => {
    const profile = guide.profiles.find((p) => p.id === id);
    for (const a of profile?.assignments ?? []) {
      if (!a.accountable.some((p) => unitIds.has(p))) continue;
      expect(
        a.accountable.some((p) => typeOf.get(p) === 'chief-constable'),
        `${id} ${a.code}: a collaboration unit is not a corporation sole; the Chief Constable stays accountable`,
      ).toBe(true);
    }
  });

  it.each(guide.profiles.map((p) => p.id as string))('in %s, keeps the Chief Constable accountable where a unit delivers', (id) => {
    const profile = guide.profiles.find((p) => p.id === id);
    const delivered = (profile?.assignments ?? []).filter((a) => a.responsible.some((p) => unitIds.has(p)));
    expect(delivered.length).toBeGreaterThan(0);
    for (const a of delivered)
      expect(
        a.accountable.map((p) => typeOf.get(p)),
        `${id} ${a.code}`,
      ).toContain('chief-constable');
  });
});

describe('the Police and Crime Panel is not the Commissioner', () => {
  const commissioners = new Set(guide.parties.filter((p) => p.type === 'commissioner').map((p) => p.id as string));
  const panelSteps = guide.maps.flatMap((m) => {
    const panelLanes = new Set(m.lanes.filter((l) => /police and crime panel/i.test(l.title) || l.id === 'panel').map((l) => l.id as string));
    return m.steps.filter((s) => s.lane !== undefined && panelLanes.has(s.lane)).map((s) => ({ map: m.id as string, step: s }));
  });

  it('finds the panel steps of the plan, precept, appointment and annual report maps', () => {
    expect(new Set(panelSteps.map((p) => p.map))).toEqual(new Set(['annual-report', 'appoint-chief-constable', 'budget-and-precept', 'police-and-crime-plan']));
  });

  it('gives no panel step a code for which a commissioner is accountable in any profile', () => {
    const wrong = panelSteps.flatMap(({ map, step }) => {
      const code = step.code;
      if (code === undefined) return [];
      return guide.profiles
        .filter((profile) => accountableFor(guide, profile.id, code).accountable.some((p) => commissioners.has(p)))
        .map((profile) => `${map}/${step.id} (${code}) in ${profile.id}`);
    });
    expect(wrong).toEqual([]);
  });
});
