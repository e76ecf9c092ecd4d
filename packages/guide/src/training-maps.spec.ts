import { describe, expect, it } from 'vitest';
import { accountableFor, type GlossaryCode, type ProcessMap } from '@opcc/core';
import { guide } from './index.js';

const mapById = (id: string): ProcessMap => {
  const found = guide.maps.find((m) => m.id === id);
  if (found === undefined) throw new Error(`no process map ${id}`);
  return found;
};
const step = (map: ProcessMap, id: string) => {
  const found = map.steps.find((s) => s.id === id);
  if (found === undefined) throw new Error(`${map.id}: no step ${id}`);
  return found;
};
const codeOf = (s: ProcessMap['steps'][number]): GlossaryCode | undefined => ('code' in s ? s.code : undefined);

/** Whether the flows of a map lead from one step to another. */
function reaches(map: ProcessMap, from: string, to: string): boolean {
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let at = queue.shift(); at !== undefined; at = queue.shift())
    for (const f of map.flows.filter((flow) => flow.from === at)) {
      if (f.to === to) return true;
      if (!seen.has(f.to)) {
        seen.add(f.to);
        queue.push(f.to);
      }
    }
  return false;
}

/** Steps must follow one another along the flows, in this order. */
function expectInOrder(map: ProcessMap, ids: readonly string[]): void {
  for (const [i, id] of ids.entries()) {
    step(map, id);
    const next = ids[i + 1];
    if (next !== undefined) expect(reaches(map, id, next), `${map.id}: ${id} → ${next}`).toBe(true);
  }
}

const TRAINING_MAPS = [
  ['commissioner-start-up', 'supporting-processes'],
  ['strategic-policing-requirement', 'commissioner-mandate'],
  ['alliance-business-area-lifecycle', 'supporting-processes'],
  ['major-incident-gold-group', 'major-incident-assurance'],
] as const;

describe('the maps to train on (point 17)', () => {
  const commissioners = new Set(guide.parties.filter((p) => p.type === 'commissioner').map((p) => p.id as string));

  it.each(TRAINING_MAPS)('%s is a sub-process of %s, opened from a step of it', (id, parent) => {
    expect(mapById(id).parent).toBe(parent);
    expect(mapById(parent).steps.some((s) => s.kind === 'sub-process' && s.map === id)).toBe(true);
  });

  it.each(TRAINING_MAPS)('%s gives guidance on every step and a code the glossary has to every OPCC and force activity', (id) => {
    const map = mapById(id);
    const codes = new Set(guide.glossary.entries.map((e) => e.code as string));
    for (const s of map.steps) expect(s.guidance?.length ?? 0, `${id}/${s.id}`).toBeGreaterThan(60);
    for (const s of map.steps.filter((x) => x.kind === 'activity')) {
      const lane = map.lanes.find((l) => l.id === s.lane);
      if (lane?.party === undefined) continue;
      expect(codes.has(codeOf(s) ?? ''), `${id}/${s.id}`).toBe(true);
    }
  });

  it.each(TRAINING_MAPS)('%s puts no Commissioner code in a lane of the panel, the public or another body', (id) => {
    const map = mapById(id);
    for (const s of map.steps) {
      const code = codeOf(s);
      const lane = map.lanes.find((l) => l.id === s.lane);
      if (code === undefined || lane?.party !== undefined) continue;
      if (/Police and Crime Panel|public/i.test(lane?.title ?? '')) expect.fail(`${id}/${s.id} has code ${code} in ${lane?.title}`);
      for (const profile of guide.profiles)
        expect(
          accountableFor(guide, profile.id, code).accountable.filter((p) => commissioners.has(p)),
          `${id}/${s.id} ${code} in ${profile.id}`,
        ).toEqual([]);
    }
  });
});

describe('a new Commissioner, from election to the first plan', () => {
  const map = mapById('commissioner-start-up');

  it('takes office, reviews the inherited plan and budget, appoints, delegates and issues the first plan, in that order', () => {
    expectInOrder(map, [
      'declaration',
      'inherited-plan-and-budget',
      'notify-panel',
      'confirmation-hearing',
      'decide-on-recommendation',
      'scheme-of-delegation',
      'issue-plan',
    ]);
    expect(reaches(map, 'appoint-chief-executive', 'notify-panel')).toBe(true);
    expect(reaches(map, 'appoint-deputy', 'notify-panel')).toBe(true);
  });

  it('holds a panel confirmation hearing for the chief executive, the chief finance officer and a deputy, with no veto (Schedule 1)', () => {
    const hearing = step(map, 'confirmation-hearing');
    expect(map.lanes.find((l) => l.id === hearing.lane)?.title).toBe('Police and Crime Panel');
    expect(codeOf(hearing)).toBeUndefined();
    expect(hearing.references).toContain('prsra-2011-schedule-1');
    expect(hearing.guidance).toMatch(/three weeks/);
    expect(hearing.guidance).toMatch(/cannot veto/);
    expect(step(map, 'notify-panel').guidance).toMatch(/chief executive, chief finance officer or deputy/);
    expect(guide.references.find((r) => r.id === 'prsra-2011-schedule-1')?.description).toMatch(/no veto/);
  });

  it('cannot act in office before the declaration of acceptance of office, due within two months (section 70)', () => {
    const declaration = step(map, 'declaration').guidance?.replace(/\s+/g, ' ') ?? '';
    expect(declaration).toMatch(/may not act in office until they have made the declaration of acceptance of office/);
    expect(declaration).toMatch(/within two months of the election, the office becomes vacant/);
  });

  it('says what a deputy may never do (section 18)', () => {
    expect(step(map, 'deputy-wanted').guidance?.replace(/\s+/g, ' ')).toMatch(
      /never issue the police and crime plan, appoint, suspend or call on the Chief Constable to retire or resign, or calculate the budget requirement/,
    );
  });

  it('issues the first plan within the financial year of the election (section 5)', () => {
    expect(step(map, 'first-plan').guidance?.replace(/\s+/g, ' ')).toMatch(/within the financial year in which the election was held/);
    expect(step(map, 'issue-plan').references).toContain('prsra-2011-section-5');
  });
});

describe('the Strategic Policing Requirement', () => {
  const map = mapById('strategic-policing-requirement');

  it('assesses capacity and capability against the national threats, then mobilisation and mutual aid', () => {
    expect(codeOf(step(map, 'assess-capability'))).toBe('11.2.1');
    expect(codeOf(step(map, 'mobilise'))).toBe('11.2.2');
    expect(codeOf(step(map, 'mutual-aid'))).toBe('11.2.3');
    for (const threat of [
      'terrorism',
      'serious and organised crime',
      'public disorder',
      'civil emergencies',
      'cyber',
      'child sexual abuse',
      'violence against women and girls',
    ])
      expect(map.guidance?.replace(/\s+/g, ' '), threat).toContain(threat);
    expect(step(map, 'mutual-aid').references).toContain('police-act-1996-section-24');
  });

  it("keeps the assessment and mobilisation in the force's lane and the plan and holding to account in the OPCC's", () => {
    const laneParty = (id: string) => map.lanes.find((l) => l.id === step(map, id).lane)?.party;
    for (const id of ['assess-capability', 'mobilise', 'mutual-aid']) expect(laneParty(id), id).toBe('chief-constable');
    for (const id of ['plan-regard', 'mutual-aid-costs', 'hold-to-account']) expect(laneParty(id), id).toBe('pcc');
  });
});

describe('a business area through the alliance lifecycle', () => {
  const map = mapById('alliance-business-area-lifecycle');

  it('passes the outline business case gate, staff consultation, the full business case gate, the agreement, the decision record and the panel briefing, in that order', () => {
    expectInOrder(map, [
      'outline-business-case',
      'gate-outline',
      'full-business-case',
      'staff-consultation',
      'gate-full',
      'vary-agreement',
      'decision-record',
      'brief-panel',
      'implement',
    ]);
    expect(step(map, 'gate-outline').kind).toBe('decision');
    expect(step(map, 'gate-full').kind).toBe('decision');
    expect(step(map, 'vary-agreement').references).toContain('police-act-1996-section-22a');
  });

  it('has the panel scrutinise the Commissioner, not approve the case', () => {
    const panel = step(map, 'panel-considers');
    expect(map.lanes.find((l) => l.id === panel.lane)?.title).toBe('Police and Crime Panel');
    expect(step(map, 'brief-panel').guidance).toMatch(/does not approve the business case/);
  });
});

describe('the major incident gold group', () => {
  const map = mapById('major-incident-gold-group');

  it('is chaired by the Gold commander, with the Commissioner an observer by invitation', () => {
    expect(codeOf(step(map, 'convene'))).toBe('6.4.2.3');
    expect(map.guidance).toMatch(/The Commissioner\s+is not a member/);
    const observe = step(map, 'observe');
    expect(map.lanes.find((l) => l.id === observe.lane)?.party).toBe('pcc');
    expect(observe.title).toMatch(/observer/);
    expect(reaches(map, 'invite-commissioner', 'observe')).toBe(true);
  });

  it('never has the Commissioner command, direct or agree tactics', () => {
    const opcc = map.steps.filter((s) => s.lane === 'opcc');
    for (const s of opcc) expect(s.title, s.id).not.toMatch(/command|direct|deploy/i);
    expect(step(map, 'observe').guidance).toMatch(/do\s+not propose, direct or agree tactics/);
  });
});
