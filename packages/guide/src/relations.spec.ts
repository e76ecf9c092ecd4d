import { describe, expect, it } from 'vitest';
import type { Relation, RelationshipMap } from '@opcc/core';
import { guide } from './index.js';

const rmap = (id: string): RelationshipMap => {
  const found = guide.relationshipMaps.find((m) => m.id === id);
  if (found === undefined) throw new Error(`no relationship map ${id}`);
  return found;
};
const has = (m: RelationshipMap, from: string, kind: string, to: string): boolean => m.relations.some((r) => r.from === from && r.kind === kind && r.to === to);
const membersOf = (m: RelationshipMap, board: string): string[] =>
  m.relations.filter((r) => r.to === board && (r.kind === 'member-of' || r.kind === 'chairs')).map((r) => r.from as string);
const everyRelation: Array<{ map: string; r: Relation }> = guide.relationshipMaps.flatMap((m) => m.relations.map((r) => ({ map: m.id as string, r })));

describe('the stakeholder register', () => {
  it('has at least 40 stakeholders, each scored for influence and interest', () => {
    expect(guide.stakeholders.length).toBeGreaterThanOrEqual(40);
    for (const s of guide.stakeholders) {
      expect(s.influence, s.id).toBeGreaterThanOrEqual(1);
      expect(s.interest, s.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('shows every stakeholder on at least one relationship map', () => {
    const shown = new Set(guide.relationshipMaps.flatMap((m) => [...m.stakeholders, ...m.relations.flatMap((r) => [r.from, r.to])].map(String)));
    expect(guide.stakeholders.map((s) => s.id as string).filter((id) => !shown.has(id))).toEqual([]);
  });

  it('has the four example relationship maps of the 2012 model', () => {
    for (const id of ['all-accountabilities', 'major-incident-gold-group', 'domestic-abuse', 'fly-tipping'])
      expect(rmap(id).relations.length, id).toBeGreaterThan(8);
  });
});

describe('the statutory relations (all accountabilities overview)', () => {
  const m = rmap('all-accountabilities');

  it('has the public elect the Commissioner', () => {
    expect(has(m, 'public', 'elects', 'pcc')).toBe(true);
  });

  it('has the Commissioner appoint the Chief Constable, be able to call on them to retire or resign, and hold them to account', () => {
    expect(has(m, 'pcc', 'appoints', 'chief-constable')).toBe(true);
    expect(has(m, 'pcc', 'may-call-on-to-retire', 'chief-constable')).toBe(true);
    expect(has(m, 'pcc', 'holds-to-account', 'chief-constable')).toBe(true);
  });

  it('has the Commissioner issue the plan, set the budget and precept and commission services', () => {
    expect(has(m, 'pcc', 'issues-plan', 'chief-constable')).toBe(true);
    expect(has(m, 'pcc', 'funds', 'chief-constable')).toBe(true);
    expect(has(m, 'pcc', 'sets-precept', 'public')).toBe(true);
    expect(m.relations.some((r) => r.from === 'pcc' && r.kind === 'commissions')).toBe(true);
  });

  it('has the panel scrutinise the Commissioner and hold the veto over the precept and the proposed Chief Constable', () => {
    expect(has(m, 'police-and-crime-panel', 'scrutinises', 'pcc')).toBe(true);
    const veto = m.relations.find((r) => r.from === 'police-and-crime-panel' && r.kind === 'vetoes');
    expect(veto?.to).toBe('pcc');
    expect(`${veto?.label} ${veto?.note}`).toMatch(/precept/);
    expect(`${veto?.label} ${veto?.note}`).toMatch(/Chief Constable/);
    expect(veto?.note).toMatch(/two-thirds/);
  });

  it('has inspection, complaints and the Strategic Policing Requirement with the right bodies', () => {
    expect(has(m, 'hmicfrs', 'inspects', 'police-force')).toBe(true);
    expect(has(m, 'iopc', 'investigates-complaints', 'police-force')).toBe(true);
    expect(has(m, 'home-secretary', 'issues-requirements', 'pcc')).toBe(true);
    expect(has(m, 'home-secretary', 'issues-requirements', 'chief-constable')).toBe(true);
  });

  it('has the Commissioner chair the Local Criminal Justice Board of the criminal justice agencies', () => {
    expect(has(m, 'pcc', 'chairs', 'local-criminal-justice-board')).toBe(true);
    expect(membersOf(m, 'local-criminal-justice-board')).toEqual(
      expect.arrayContaining(['police-force', 'crown-prosecution-service', 'courts', 'prisons', 'probation-service', 'youth-justice-service']),
    );
  });

  it('has the responsible authorities in the community safety partnership', () => {
    expect(membersOf(m, 'community-safety-partnership')).toEqual(
      expect.arrayContaining(['police-force', 'local-authority', 'fire-and-rescue-service', 'probation-service', 'health-services']),
    );
  });
});

describe('relations that must never appear', () => {
  it('never has the panel scrutinise, hold to account or veto the Chief Constable or the force', () => {
    const wrong = everyRelation.filter(({ r }) => r.from === 'police-and-crime-panel' && (r.to === 'chief-constable' || r.to === 'police-force'));
    expect(wrong).toEqual([]);
    const panelTargets = new Set(everyRelation.filter(({ r }) => r.from === 'police-and-crime-panel').map(({ r }) => r.to as string));
    expect([...panelTargets]).toEqual(['pcc']);
  });

  it('never has the Commissioner command anyone, anywhere', () => {
    expect(everyRelation.filter(({ r }) => r.from === 'pcc' && r.kind === 'commands')).toEqual([]);
  });

  it('has nobody but the public elect and nobody but the Commissioner appoint or remove the Chief Constable', () => {
    expect(everyRelation.filter(({ r }) => r.kind === 'elects').every(({ r }) => r.from === 'public' && r.to === 'pcc')).toBe(true);
    const appointers = everyRelation
      .filter(({ r }) => ['appoints', 'dismisses', 'may-call-on-to-retire'].includes(r.kind) && r.to === 'chief-constable')
      .map(({ r }) => r.from);
    expect(new Set(appointers)).toEqual(new Set(['pcc']));
  });
});

describe('major incident gold group', () => {
  const m = rmap('major-incident-gold-group');

  it('is a command hierarchy: gold commands silver commands bronze', () => {
    expect(m.layout).toBe('hierarchy');
    expect(has(m, 'gold-commander', 'commands', 'silver-commander')).toBe(true);
    expect(has(m, 'silver-commander', 'commands', 'bronze-commander')).toBe(true);
    expect(has(m, 'gold-commander', 'commands', 'bronze-commander')).toBe(false);
  });

  it('has the Strategic Coordinating Group and the Local Resilience Forum', () => {
    const ids = new Set(m.relations.flatMap((r) => [r.from as string, r.to as string]));
    expect(ids.has('strategic-coordinating-group')).toBe(true);
    expect(ids.has('local-resilience-forum')).toBe(true);
    expect(membersOf(m, 'strategic-coordinating-group').length).toBeGreaterThanOrEqual(4);
  });

  it('gives the Commissioner only assurance and communication relations, never command', () => {
    const pccRelations = m.relations.filter((r) => r.from === 'pcc' || r.to === 'pcc');
    expect(pccRelations.length).toBeGreaterThan(0);
    for (const r of pccRelations) expect(['assures', 'communicates-with'], `${r.from} ${r.kind} ${r.to}`).toContain(r.kind);
    expect(has(m, 'pcc', 'assures', 'chief-constable')).toBe(true);
    expect(pccRelations.some((r) => r.to === 'gold-commander' || r.from === 'gold-commander')).toBe(false);
  });
});

describe('domestic abuse', () => {
  const m = rmap('domestic-abuse');

  it('has the MARAC with police, probation, social care, health, education, housing, IDVAs and specialist services', () => {
    expect(membersOf(m, 'marac')).toEqual(
      expect.arrayContaining([
        'police-force',
        'probation-service',
        'childrens-social-care',
        'health-services',
        'education',
        'housing',
        'idva-service',
        'specialist-domestic-abuse-services',
      ]),
    );
  });

  it('has the Commissioner commission victim services and IDVA services', () => {
    expect(has(m, 'pcc', 'commissions', 'idva-service')).toBe(true);
    expect(has(m, 'pcc', 'commissions', 'victim-services-provider')).toBe(true);
  });
});

describe('fly-tipping', () => {
  const m = rmap('fly-tipping');

  it('has the local authority deal with smaller cases and the Environment Agency with large and organised ones', () => {
    const la = m.relations.find((r) => r.from === 'local-authority' && r.kind === 'enforces');
    const ea = m.relations.find((r) => r.from === 'environment-agency' && r.kind === 'enforces');
    expect(la?.label).toMatch(/smaller/);
    expect(la?.note).toMatch(/public land/);
    expect(ea?.label).toMatch(/large/);
    expect(ea?.label).toMatch(/organised/);
  });

  it('makes landowners responsible for their own land and has the police act in partnership', () => {
    expect(m.relations.some((r) => (r.from === 'landowners' || r.to === 'landowners') && /own land|private land/.test(`${r.label} ${r.note}`))).toBe(true);
    expect(has(m, 'police-force', 'duty-to-cooperate', 'local-authority')).toBe(true);
  });
});

describe('alliance governance', () => {
  const m = rmap('alliance-governance');

  it('has the five levels of governance reporting up to the Executive Board', () => {
    const chain = ['bag-support-services', 'alliance-programme-team', 'alliance-programme-board', 'programme-direction-group', 'alliance-executive-board'];
    for (let i = 0; i + 1 < chain.length; i++) expect(has(m, chain[i]!, 'reports-to', chain[i + 1]!), `${chain[i]} → ${chain[i + 1]}`).toBe(true);
  });

  it('escalates risks as the source does: project, programme team, programme board, executive board', () => {
    const chain = ['bag-support-services', 'alliance-programme-team', 'alliance-programme-board', 'alliance-executive-board'];
    for (let i = 0; i + 1 < chain.length; i++) expect(has(m, chain[i]!, 'escalates-to', chain[i + 1]!), `${chain[i]} → ${chain[i + 1]}`).toBe(true);
    expect(m.relations.filter((r) => r.kind === 'escalates-to' && (r.from === 'programme-direction-group' || r.to === 'programme-direction-group'))).toEqual(
      [],
    );
  });
});
