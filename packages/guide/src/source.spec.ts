import { describe, expect, it } from 'vitest';
import type { ProcessMap, Segment } from '@opcc/core';
import { guide } from './index.js';

const vc = guide.valueChain;
const segments: Segment[] = vc === undefined ? [] : [...vc.stages, ...vc.bands, ...vc.areas, ...vc.chain, ...vc.supporting];
const mapById = (id: string): ProcessMap => {
  const found = guide.maps.find((m) => m.id === id);
  if (found === undefined) throw new Error(`no process map ${id}`);
  return found;
};

describe('the value chain is faithful to the 2012 source', () => {
  it('shows four responsibility areas under the heading "S4J OPCC Responsibilities" (point 9)', () => {
    expect(vc?.areasTitle).toBe('S4J OPCC Responsibilities');
    expect(vc?.areas.map((a) => a.title)).toEqual([
      'Information',
      'Strategy and Resource Planning',
      'Scrutiny and Performance',
      'Commissioning and Service Delivery',
    ]);
  });

  it('never aligns a segment with "PCC Responsibilities" as if it were a fifth portfolio (point 9)', () => {
    for (const s of segments) {
      expect(s.alignment?.area, s.id).not.toMatch(/PCC Responsibilities/i);
      expect(s.alignment?.note, s.id).not.toMatch(/PCC Responsibilities (portfolio|\(accountability\))/i);
    }
    const framework = guide.references.find((r) => r.id === 'skills-for-justice-opcc-framework');
    expect(framework?.description).toMatch(/four portfolios/);
  });

  it('marks every alignment but the one the source states as inferred (point 10)', () => {
    const engage = vc?.stages.find((s) => s.id === 'engage-consult');
    expect(engage?.alignment?.inferred).toBeUndefined();
    const others = segments.filter((s) => s.id !== 'engage-consult');
    expect(others.length).toBe(14);
    for (const s of others) expect(s.alignment?.inferred, s.id).toBe(true);
  });

  it('has the PAG as an overlay on the value chain, pointing at the glossary (point 11)', () => {
    expect(vc?.overlay?.title).toBe('PAG');
    expect(vc?.overlay?.reference).toBe('police-activities-glossary');
    expect(vc?.overlay?.description).toMatch(/illustrative/);
  });
});

describe('collaborations as the sources describe them', () => {
  const alliance = guide.collaborations.find((c) => c.id === 'northshire-southvale-alliance');
  const region = guide.collaborations.find((c) => c.id === 'northern-region-collaboration');

  it('escalates alliance risks project → programme team → programme board → executive board, as data (point 13)', () => {
    expect(alliance?.escalation?.map((l) => l.level)).toEqual(['Project', 'Alliance programme team', 'Programme board', 'Executive board']);
    const holders = (alliance?.escalation ?? []).flatMap((l) => (l.stakeholder === undefined ? [] : [l.stakeholder as string]));
    expect(holders).toEqual(['alliance-programme-team', 'alliance-programme-board', 'alliance-executive-board']);
    const register = new Set(guide.stakeholders.map((s) => s.id as string));
    for (const h of holders) expect(register.has(h), h).toBe(true);
    // The governance map escalates along the same levels, each to the next.
    const governance = guide.relationshipMaps.find((m) => m.id === alliance?.governance);
    for (let i = 0; i + 1 < holders.length; i++)
      expect(governance?.relations.some((r) => r.kind === 'escalates-to' && r.from === holders[i] && r.to === holders[i + 1])).toBe(true);
  });

  it("models the regional plan's four priorities as priorities, not principles (point 14)", () => {
    expect(region?.priorities?.map((p) => p.title)).toEqual([
      'Improving confidence in the police',
      'Reducing risk',
      'Improving interoperability',
      'Improving productivity',
    ]);
    expect(region?.principles.filter((p) => /confidence|reducing risk|interoperability|productivity/i.test(p))).toEqual([]);
  });
});

describe('honest about what is illustrative (point 16)', () => {
  it('says in the model what is illustrative', () => {
    expect(guide.description).toMatch(/\*\*Illustrative content\.\*\*/);
  });

  it('marks both fictional collaborations as illustrative', () => {
    expect(guide.collaborations.length).toBeGreaterThan(0);
    for (const c of guide.collaborations) expect(c.illustrative, c.id).toBe(true);
  });
});

describe('stakeholders and parties have the acronyms people search for (point 18)', () => {
  it.each([
    ['iopc', 'IOPC'],
    ['hmicfrs', 'HMICFRS'],
    ['crown-prosecution-service', 'CPS'],
    ['local-criminal-justice-board', 'LCJB'],
  ])('%s is also known as %s', (id, alias) => {
    expect(guide.stakeholders.find((s) => s.id === id)?.aliases).toContain(alias);
  });

  it('gives a party its aliases too', () => {
    expect(guide.parties.find((p) => p.id === 'pcc')?.aliases).toContain('PCC');
  });
});

describe('the public gives views; consulting is the Commissioner’s activity', () => {
  it('gives no step in a public lane a glossary code, and keeps the consultation codes in the OPCC lane', () => {
    const publicSteps = guide.maps.flatMap((m) => {
      const lanes = new Set(m.lanes.filter((l) => /^(the )?public$/i.test(l.title)).map((l) => l.id as string));
      return m.steps.filter((s) => s.lane !== undefined && lanes.has(s.lane)).map((s) => ({ map: m, step: s }));
    });
    expect(publicSteps.length).toBeGreaterThanOrEqual(2);
    for (const { map, step } of publicSteps) expect('code' in step ? step.code : undefined, `${map.id}/${step.id}`).toBeUndefined();
    for (const [map, code] of [
      ['police-and-crime-plan', '1.1.4.1'],
      ['budget-and-precept', '1.1.4.2'],
    ] as const) {
      const step = mapById(map).steps.find((s) => 'code' in s && s.code === code);
      expect(step?.lane, `${map} ${code}`).toBe('opcc');
    }
  });
});
