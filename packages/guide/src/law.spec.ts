import { describe, expect, it } from 'vitest';
import { accountableFor, BUILT_IN_RELATION_KINDS, glossaryCode, type ProcessMap } from '@opcc/core';
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
    const maps = [...new Set(panelSteps.map((p) => p.map))];
    expect(maps).toEqual(expect.arrayContaining(['annual-report', 'appoint-chief-constable', 'budget-and-precept', 'police-and-crime-plan']));
  });

  it('gives no panel step a code for which a commissioner is accountable in any profile', () => {
    const wrong = panelSteps.flatMap(({ map, step }) => {
      const code = 'code' in step ? step.code : undefined;
      if (code === undefined) return [];
      return guide.profiles
        .filter((profile) => accountableFor(guide, profile.id, code).accountable.some((p) => commissioners.has(p)))
        .map((profile) => `${map}/${step.id} (${code}) in ${profile.id}`);
    });
    expect(wrong).toEqual([]);
  });
});

/** Whether the flows of a map lead from one step to another. */
function reaches(map: ProcessMap, from: string, to: string): boolean {
  const seen = new Set<string>();
  const queue = [from];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const f of map.flows.filter((flow) => flow.from === at)) {
      if (f.to === to) return true;
      if (!seen.has(f.to)) {
        seen.add(f.to);
        queue.push(f.to);
      }
    }
  }
  return false;
}

/** The one step of a map with a glossary code. */
function stepWithCode(map: ProcessMap, code: string): string {
  const found = map.steps.filter((s) => 'code' in s && s.code === code);
  expect(found.length, `${map.id}: steps with code ${code}`).toBe(1);
  return found[0]?.id ?? '';
}

describe('the budget requirement comes before the precept', () => {
  const map = mapById('budget-and-precept');
  const budget = stepWithCode(map, '1.5.1.3');
  const precept = stepWithCode(map, '1.5.2.3');

  it('names the budget-requirement step for what it is', () => {
    expect(guide.glossary.entries.find((e) => e.code === '1.5.1.3')?.title).toMatch(/budget requirement/i);
  });

  it('sets the budget requirement before issuing the precept, along the flows', () => {
    expect(reaches(map, budget, precept)).toBe(true);
    expect(reaches(map, precept, budget)).toBe(false);
  });

  it("takes the chief finance officer's report on the robustness of the estimates into account", () => {
    expect(textsOf(map.steps.find((s) => s.id === budget)).join(' ')).toMatch(/chief finance officer's report on the robustness of the estimates/);
  });
});

describe('complaints and conduct matters about the Chief Constable', () => {
  const map = mapById('complaints-against-chief-constable');
  const commissionerLanes = new Set(map.lanes.filter((l) => guide.parties.find((p) => p.id === l.party)?.type === 'commissioner').map((l) => l.id as string));

  it('is a sub-process of holding the Chief Constable to account', () => {
    expect(map.parent).toBe('hold-chief-constable-to-account');
    expect(mapById('hold-chief-constable-to-account').steps.some((s) => s.kind === 'sub-process' && s.map === map.id)).toBe(true);
  });

  it('has the Commissioner refer to the IOPC, in a commissioner lane', () => {
    const referral = map.steps.filter((s) => s.lane !== undefined && commissionerLanes.has(s.lane) && /\bIOPC\b/.test(s.title));
    expect(referral.map((s) => s.id)).toContain('refer-to-iopc');
  });

  it('records, assesses, refers, considers suspension and informs the panel, in that order', () => {
    const order = ['record', 'assess', 'refer-to-iopc', 'consider-suspension', 'inform-panel'];
    for (const [i, step] of order.entries()) {
      expect(
        map.steps.some((s) => s.id === step),
        step,
      ).toBe(true);
      const next = order[i + 1];
      if (next !== undefined) expect(reaches(map, step, next), `${step} → ${next}`).toBe(true);
    }
  });

  it('cites Schedule 3 to the 2002 Act and the 2020 Regulations', () => {
    expect(map.references).toEqual(expect.arrayContaining(['pra-2002-schedule-3', 'police-complaints-misconduct-regulations-2020']));
  });

  it('shows the Commissioner referring to the IOPC on every relationship map where the IOPC appears', () => {
    const withIopc = guide.relationshipMaps.filter((m) => m.relations.some((r) => r.from === 'iopc' || r.to === 'iopc'));
    expect(withIopc.length).toBeGreaterThan(0);
    for (const m of withIopc)
      expect(
        m.relations.some((r) => r.from === 'pcc' && r.to === 'iopc'),
        m.id,
      ).toBe(true);
  });
});

describe('complaints about the force (the Policing and Crime Act 2017 reforms, "model 1")', () => {
  const map = mapById('complaints-about-the-force');
  const partyOf = (step: string) => map.lanes.find((l) => l.id === map.steps.find((s) => s.id === step)?.lane)?.party;

  it('is a sub-process of holding the Chief Constable to account, citing Schedule 3, section 13A and the 2020 Regulations', () => {
    expect(map.parent).toBe('hold-chief-constable-to-account');
    expect(mapById('hold-chief-constable-to-account').steps.some((s) => s.kind === 'sub-process' && s.map === map.id)).toBe(true);
    expect(map.references).toEqual(expect.arrayContaining(['pra-2002-schedule-3', 'pra-2002-section-13a', 'police-complaints-misconduct-regulations-2020']));
  });

  it('has the force handle complaints as appropriate authority and the Commissioner review outcomes and hold to account', () => {
    for (const step of ['initial-contact', 'record', 'handle', 'keep-informed', 'outcome']) expect(partyOf(step), step).toBe('chief-constable');
    for (const step of ['review', 'hold-to-account']) expect(partyOf(step), step).toBe('pcc');
    expect(reaches(map, 'outcome', 'review')).toBe(true);
    expect(reaches(map, 'review-body', 'iopc-review')).toBe(true);
  });

  it.each(guide.profiles.map((p) => p.id))('in %s, keeps the Chief Constable accountable for handling and the Commissioner for reviews', (profile) => {
    for (const code of ['12.8.1.1', '12.8.1.2', '12.8.1.3', '12.8.1.4', '12.8.1.5'])
      expect(accountableFor(guide, profile, glossaryCode(code)).accountable, code).toEqual(['chief-constable']);
    expect(accountableFor(guide, profile, glossaryCode('1.4.4.4')).accountable).toEqual(['pcc']);
  });
});

describe('removing a Chief Constable (section 38 of the 2011 Act)', () => {
  it('never says the Commissioner dismisses the Chief Constable', () => {
    expect(allText.filter((t) => /dismiss/i.test(t) && !/cannot dismiss|not a power to dismiss/i.test(t))).toEqual([]);
    const kindTitle = new Map([...BUILT_IN_RELATION_KINDS, ...guide.relationKinds].map((k) => [k.id as string, k.title]));
    const pccToCc = guide.relationshipMaps.flatMap((rm) => rm.relations.filter((r) => r.from === 'pcc' && r.to === 'chief-constable'));
    expect(pccToCc.filter((r) => /dismiss/i.test(`${kindTitle.get(r.kind) ?? ''} ${r.label ?? ''}`))).toEqual([]);
    expect(pccToCc.some((r) => /retire or resign/.test(`${kindTitle.get(r.kind) ?? ''} ${r.label ?? ''}`))).toBe(true);
  });

  it("takes HMCIC's views, the Chief Constable's written representations and the panel's recommendation, in that order", () => {
    const map = mapById('hold-chief-constable-to-account');
    const find = (pattern: RegExp): string => map.steps.find((s) => pattern.test(s.title))?.id ?? `no step matching ${pattern}`;
    const order = [find(/Chief Inspector of Constabulary/), find(/written representations/), find(/panel.*recommendation/i), find(/recommendation and decide/)];
    for (const [i, step] of order.entries()) {
      const next = order[i + 1];
      if (next !== undefined) expect(reaches(map, step, next), `${step} → ${next}`).toBe(true);
    }
    const panelStep = map.steps.find((s) => s.id === order[2]);
    expect(map.lanes.find((l) => l.id === panelStep?.lane)?.title).toBe('Police and Crime Panel');
    expect(panelStep?.guidance).toMatch(/no veto/);
  });
});

describe("the police and crime plan's required contents (section 7 of the 2011 Act)", () => {
  const draft = mapById('police-and-crime-plan').steps.find((s) => 'code' in s && s.code === '1.2.2.1');

  it.each([
    'police and crime objectives',
    'policing the Chief Constable is to provide',
    'financial and other resources',
    'report',
    'performance will be measured',
    'crime and disorder reduction grants',
  ])('lists %s', (content) => {
    expect(draft?.guidance?.replace(/\s+/g, ' ')).toContain(content);
  });

  it('cites section 7', () => {
    expect(draft?.references).toContain('prsra-2011-section-7');
  });
});

describe('the Strategic Policing Requirement', () => {
  const SPR = 'strategic-policing-requirement-2023';
  const mentions = (text: string | undefined): boolean => /Strategic Policing Requirement/.test(text ?? '');
  const glossaryTitle = new Map(guide.glossary.entries.map((e) => [e.code as string, e.title]));
  const codeOf = (step: ProcessMap['steps'][number]): string | undefined => ('code' in step ? step.code : undefined);
  const sprSteps = guide.maps.flatMap((m) =>
    m.steps.filter((s) => mentions(s.title) || mentions(s.guidance) || mentions(glossaryTitle.get(codeOf(s) ?? ''))).map((s) => ({ map: m, step: s })),
  );

  it('is in the reference material, from the Home Office', () => {
    const spr = guide.references.find((r) => r.id === SPR);
    expect(spr?.title).toMatch(/Home Office, Strategic Policing Requirement 2023/);
    expect(spr?.href).toMatch(/^https:\/\/www\.gov\.uk\//);
  });

  it('is linked from every step that relies on it, and from every map whose guidance does', () => {
    expect(sprSteps.length).toBeGreaterThan(3);
    for (const { map, step } of sprSteps) expect([...step.references, ...map.references], `${map.id}/${step.id}`).toContain(SPR);
    for (const map of guide.maps.filter((m) => mentions(m.guidance))) expect(map.references, map.id).toContain(SPR);
  });

  it('gives every step coded with a Strategic Policing Requirement entry a title that agrees with the entry', () => {
    // Words that carry the meaning of a title, cut to a common stem so "assess" matches "assessment".
    const stems = (title: string): Set<string> =>
      new Set(
        title
          .toLowerCase()
          .split(/[^a-z]+/)
          .filter((w) => w.length > 4 && !['strategic', 'policing', 'requirement', 'against', 'under'].includes(w))
          .map((w) => w.slice(0, 6)),
      );
    const coded = sprSteps.filter(({ step }) => mentions(glossaryTitle.get(codeOf(step) ?? '')));
    expect(coded.length).toBeGreaterThan(0);
    for (const { map, step } of coded) {
      const entry = stems(glossaryTitle.get(codeOf(step) ?? '') ?? '');
      const shared = [...stems(step.title)].filter((w) => entry.has(w));
      expect(shared.length, `${map.id}/${step.id} "${step.title}" vs ${codeOf(step)} "${glossaryTitle.get(codeOf(step) ?? '')}"`).toBeGreaterThan(0);
    }
  });
});
