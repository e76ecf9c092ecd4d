import { describe, expect, it } from 'vitest';
import { accountabilityGaps, accountableFor, compareProfiles, glossaryCode, LIFECYCLE_PHASES, parentCode, profileId, type GlossaryCode } from '@opcc/core';
import { guide } from './index.js';

const profileIds = guide.profiles.map((p) => p.id as string);

/** Accountable parties by walking up the glossary tree, computed here from the data alone. */
function resolveByHand(profileId: string, code: string): string[] {
  const profile = guide.profiles.find((p) => p.id === profileId);
  const byCode = new Map((profile?.assignments ?? []).map((a) => [a.code as string, a]));
  for (let at: GlossaryCode | undefined = code as GlossaryCode; at !== undefined; at = parentCode(at)) {
    const parties = byCode.get(at)?.accountable ?? [];
    if (parties.length > 0) return [...parties];
  }
  return [];
}

describe('accountability profiles', () => {
  it('has profiles for the two fictional areas', () => {
    expect(profileIds.sort()).toEqual(['northshire', 'southvale']);
  });

  it.each(['northshire', 'southvale'])('leaves no glossary entry without an accountable party in %s', (id) => {
    expect(accountabilityGaps(guide, profileId(id)).map((g) => g.code)).toEqual([]);
    for (const entry of guide.glossary.entries) expect(resolveByHand(id, entry.code).length, `${id} ${entry.code}`).toBe(1);
  });

  it.each(['northshire', 'southvale'])('assigns every top-level category in %s, so coverage does not depend on any one entry', (id) => {
    const profile = guide.profiles.find((p) => p.id === id);
    const assigned = new Set(profile?.assignments.map((a) => a.code as string));
    for (const top of guide.glossary.entries.filter((e) => !e.code.includes('.'))) expect(assigned.has(top.code), `${id} ${top.code}`).toBe(true);
  });

  it('uses inheritance: a deep activity inherits from a high code, and a deeper assignment overrides it', () => {
    expect(accountableFor(guide, profileId('northshire'), glossaryCode('1.1.2.8'))).toMatchObject({ accountable: ['pcc'], inheritedFrom: '1' });
    expect(accountableFor(guide, profileId('northshire'), glossaryCode('9.1.1.2'))).toMatchObject({ accountable: ['chief-constable'], inheritedFrom: '9' });
    expect(accountableFor(guide, profileId('southvale'), glossaryCode('4.1.2.1'))).toMatchObject({ accountable: ['pcc'], inheritedFrom: '4.1.2' });
    expect(accountableFor(guide, profileId('southvale'), glossaryCode('12.3.1.1'))).toMatchObject({ accountable: ['pcc'], inheritedFrom: '12.3.1' });
    expect(accountableFor(guide, profileId('southvale'), glossaryCode('12.3.2'))).toMatchObject({ accountable: ['chief-constable'], inheritedFrom: '12' });
  });

  it('draws the boundary differently: estates and ICT with the Commissioner in Northshire, delegated in Southvale', () => {
    const differences = compareProfiles(guide, profileId('northshire'), profileId('southvale'));
    expect(differences.map((d) => d.code)).toEqual(['12.3', '12.3.2', '12.4', '12.4.1', '12.4.1.1', '12.4.2', '12.5', '12.5.1']);
    const byCode = new Map(differences.map((d) => [d.code as string, d]));
    expect(byCode.get('12.4.1.1')?.a.accountable).toEqual(['pcc']);
    expect(byCode.get('12.4.1.1')?.b.accountable).toEqual(['chief-constable']);
    expect(byCode.get('12.3.2')?.a.accountable).toEqual(['pcc']);
    expect(byCode.get('12.3.2')?.b.accountable).toEqual(['chief-constable']);
    expect(byCode.get('12.5.1')?.b.accountable).toEqual(['chief-constable']);
    expect(byCode.get('12.5.1')?.b.responsible).toEqual(['regional-support-services']);
    // Ownership of land stays with the Commissioner in both areas, so it is not a difference.
    expect(byCode.has('12.3.1')).toBe(false);
  });

  it('makes a collaboration unit responsible for shared functions, with the Chief Constable accountable', () => {
    const units = new Set(guide.parties.filter((p) => p.type === 'collaboration-unit').map((p) => p.id as string));
    for (const id of ['northshire', 'southvale']) {
      const who = accountableFor(guide, profileId(id), glossaryCode('8.3.1.1'));
      expect(who.accountable).toEqual(['chief-constable']);
      expect(who.responsible).toEqual(['regional-organised-crime-unit']);
      expect(units.has(who.responsible[0] ?? '')).toBe(true);
    }
  });
});

describe('collaborations', () => {
  const alliance = guide.collaborations.find((c) => c.type === 'strategic-alliance');
  const regional = guide.collaborations.find((c) => c.type === 'regional');

  it('has a two-force strategic alliance under section 22A with a 70/30 split and local policing kept local', () => {
    expect(alliance).toBeDefined();
    expect(alliance?.agreement).toMatch(/section 22A of the Police Act 1996/);
    expect(alliance?.partners.filter((p) => guide.parties.find((x) => x.id === p)?.type === 'chief-constable').length).toBe(2);
    expect(alliance?.costSplit.map((s) => s.percent).sort()).toEqual([30, 70]);
    expect(alliance?.principles.some((p) => p.startsWith('Local policing stays local'))).toBe(true);
    expect(alliance?.governance).toBe('alliance-governance');
  });

  it('has a seven-force regional collaboration with shared serious crime and support services directorates', () => {
    expect(regional?.partners.length).toBe(7);
    expect(regional?.units).toEqual(['regional-organised-crime-unit', 'regional-support-services']);
    const titles = regional?.businessAreas.map((a) => a.title) ?? [];
    expect(titles).toEqual(expect.arrayContaining(['Serious crime directorate', 'Support services directorate']));
  });

  it.each(guide.collaborations.map((c) => [c.id, c] as const))(
    '%s has business areas in every lifecycle phase, with dates, and a split summing to 100',
    (_id, c) => {
      const phases = new Set(c.businessAreas.map((a) => a.phase));
      expect([...LIFECYCLE_PHASES].filter((p) => !phases.has(p))).toEqual([]);
      for (const area of c.businessAreas) {
        expect(area.start, area.id).toBeDefined();
        expect(area.due, area.id).toBeDefined();
        expect(area.codes.length, area.id).toBeGreaterThan(0);
      }
      expect(c.costSplit.reduce((sum, s) => sum + s.percent, 0)).toBe(100);
    },
  );

  it('records planned savings, and realised savings for live business areas', () => {
    for (const area of alliance?.businessAreas ?? []) {
      expect(area.savings?.planned, area.id).toBeGreaterThan(0);
      if (area.phase === 'live') expect(area.savings?.realised, area.id).toBeGreaterThan(0);
    }
    const planned = (alliance?.businessAreas ?? []).reduce((sum, a) => sum + (a.savings?.planned ?? 0), 0);
    expect(planned).toBe(12_000_000);
  });

  it('never puts local policing into the alliance', () => {
    for (const area of alliance?.businessAreas ?? [])
      for (const code of area.codes) expect(code === '2' || code.startsWith('2.'), `${area.id} ${code}`).toBe(false);
  });
});
