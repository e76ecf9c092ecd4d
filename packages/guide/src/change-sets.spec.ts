import { describe, expect, it } from 'vitest';
import { accountableFor, applyChangeSet, glossaryCode, impact, profileId, type ChangeSet, type ImpactReport, type Model } from '@opcc/core';
import { guide } from './index.js';

/*
 * The reference model's options for change: each applies cleanly to the model and touches a process
 * map. The alliance options keep the Chief Constable accountable for what the section 22A
 * collaboration delivers, the collaboration unit responsible; the complaints options show a
 * Commissioner taking on what section 13A of the Police Reform Act 2002 allows, and, kept as
 * rejected, what it does not.
 */

const option = (id: string): ChangeSet => {
  const found = guide.changeSets.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no change set ${id}`);
  return found;
};
const roles = (model: Model, profile: string, code: string) => {
  const { accountable, responsible } = accountableFor(model, profileId(profile), glossaryCode(code));
  return { accountable, responsible };
};
const PROFILES = ['northshire', 'southvale'];
const json = (value: unknown) => JSON.stringify(value);
const ALLIANCE = ['bring-public-order-into-the-alliance', 'keep-armed-policing-local-share-the-dogs'];
type Summary = ImpactReport['summary'];
const pick = (summary: Summary, keys: readonly (keyof Summary)[]) => Object.fromEntries(keys.map((k) => [k, summary[k]]));

/** Per option: glossary entries that change parties, gaps, overlaps and boundary conflicts created, hand-offs, new problems. */
const IMPACT: Record<string, Partial<Summary>> = {
  'bring-public-order-into-the-alliance': {
    entriesMoved: 2,
    gapsCreated: 0,
    overlapsCreated: 0,
    boundaryConflicts: 0,
    handOffsAdded: 2,
    handOffsRemoved: 0,
    collaborationsChanged: 1,
    risks: 0,
  },
  'keep-armed-policing-local-share-the-dogs': {
    entriesMoved: 4,
    gapsCreated: 0,
    overlapsCreated: 0,
    boundaryConflicts: 0,
    handOffsAdded: 2,
    handOffsRemoved: 0,
    collaborationsChanged: 1,
    risks: 0,
  },
  // Three initial-handling entries move from the Chief Constable to the Commissioner in each profile; the hand-off to the
  // force moves from after resolution outside Schedule 3 to after recording.
  'take-on-initial-complaint-handling': {
    entriesMoved: 6,
    gapsCreated: 0,
    overlapsCreated: 0,
    boundaryConflicts: 0,
    handOffsAdded: 1,
    handOffsRemoved: 1,
    collaborationsChanged: 0,
    risks: 0,
  },
  // Nothing moves in the profiles, as nothing can in law: two steps in the OPCC's lane that only the Chief Constable answers
  // for, in each profile, and the checker's warning for each.
  'what-not-to-do-opcc-decides-complaints': {
    entriesMoved: 0,
    gapsCreated: 0,
    overlapsCreated: 0,
    boundaryConflicts: 4,
    handOffsAdded: 3,
    handOffsRemoved: 1,
    collaborationsChanged: 0,
    risks: 2,
  },
};

describe('the reference options for change', () => {
  it('are four, the one kept as what not to do rejected and the others proposed', () => {
    expect(guide.changeSets.map((c) => [c.id, c.status])).toEqual([
      ['bring-public-order-into-the-alliance', 'proposed'],
      ['keep-armed-policing-local-share-the-dogs', 'proposed'],
      ['take-on-initial-complaint-handling', 'proposed'],
      ['what-not-to-do-opcc-decides-complaints', 'rejected'],
    ]);
  });

  it.each(guide.changeSets.map((c) => [c.id, c] as const))('%s applies with no change it cannot make, leaving the model as it was', (_id, changeSet) => {
    const before = json(guide);
    const { model, diagnostics } = applyChangeSet(guide, changeSet);
    expect(diagnostics.filter((d) => d.severity === 'error' || d.code.startsWith('change-')).map((d) => `${d.code} ${d.message}`)).toEqual([]);
    expect(json(guide)).toBe(before);
    expect(json(model.maps)).not.toBe(json(guide.maps));
  });

  it.each(ALLIANCE)('%s changes the alliance and the profiles', (id) => {
    const { model } = applyChangeSet(guide, option(id));
    expect(json(model.profiles)).not.toBe(json(guide.profiles));
    const alliance = (m: Model) => json(m.collaborations.find((c) => c.id === 'northshire-southvale-alliance'));
    expect(alliance(model)).not.toBe(alliance(guide));
  });

  // What each option's impact report counts: what the options pages show side by side, and docs/options-for-change.md explains.
  it.each(Object.entries(IMPACT))('%s has the impact its rationale describes', (id, counts) => {
    const { summary } = impact(guide, applyChangeSet(guide, option(id)).model);
    expect(pick(summary, Object.keys(counts) as (keyof ImpactReport['summary'])[])).toEqual(counts);
  });

  it('has an impact figure for every option', () => {
    expect(Object.keys(IMPACT).sort()).toEqual(guide.changeSets.map((c) => c.id as string).sort());
  });

  it('never, in an option put forward, makes the Commissioner accountable or responsible for operational policing (codes 2 to 11)', () => {
    const operational = (code: string) => Number(code.split('.')[0]) >= 2 && Number(code.split('.')[0]) <= 11;
    for (const changeSet of guide.changeSets.filter((c) => c.status !== 'rejected'))
      for (const change of changeSet.changes)
        if (change.change === 'set-accountability' && operational(change.code))
          expect([...(change.accountable ?? []), ...(change.responsible ?? [])], `${changeSet.id} ${change.code}`).not.toContain('pcc');
  });

  it('bringing public order into the alliance makes the alliance responsible and leaves each Chief Constable accountable', () => {
    const { model } = applyChangeSet(guide, option('bring-public-order-into-the-alliance'));
    for (const profile of PROFILES) {
      expect(roles(guide, profile, '6.3')).toEqual({ accountable: ['chief-constable'], responsible: [] });
      expect(roles(model, profile, '6.3')).toEqual({ accountable: ['chief-constable'], responsible: ['alliance-operations'] });
    }
    const gold = model.maps.find((m) => m.id === 'major-incident-gold-group');
    expect(gold?.lanes.map((l) => l.id)).toEqual(['opcc', 'force', 'alliance', 'partners']);
    expect(gold?.flows.filter((f) => f.from === 'deploy-public-order' || f.to === 'deploy-public-order')).toEqual([
      { from: 'gold-strategy', to: 'deploy-public-order' },
      { from: 'deploy-public-order', to: 'invite-commissioner' },
    ]);
    const area = model.collaborations.flatMap((c) => c.businessAreas).find((a) => a.id === 'public-order');
    expect(area).toMatchObject({ codes: ['6.3'], phase: 'design', lead: 'alliance-operations' });
    // The area is still in design, so the notes say the alliance is responsible from go-live.
    const notes = model.profiles.map((p) => p.assignments.find((a) => a.code === '6.3')?.note);
    expect(notes).toEqual(PROFILES.map(() => expect.stringMatching(/^From the go-live of the public order business area/)));
  });

  it('keeping armed policing local returns it to each force and leaves only the dogs with the alliance', () => {
    const { model } = applyChangeSet(guide, option('keep-armed-policing-local-share-the-dogs'));
    for (const profile of PROFILES) {
      expect(roles(guide, profile, '6.2.1')).toEqual({ accountable: ['chief-constable'], responsible: ['alliance-operations'] });
      expect(roles(model, profile, '6.2.1')).toEqual({ accountable: ['chief-constable'], responsible: ['chief-constable'] });
      expect(roles(model, profile, '6.2.2')).toEqual({ accountable: ['chief-constable'], responsible: ['alliance-operations'] });
      // Specialist operations as a whole go back to the force, and the dogs are the alliance's by their own assignment, with a
      // note saying so, not by inheriting one that still speaks of armed policing.
      expect(roles(model, profile, '6.2')).toEqual({ accountable: ['chief-constable'], responsible: ['chief-constable'] });
      const assignment = (code: string) => model.profiles.find((p) => p.id === profile)?.assignments.find((a) => a.code === code);
      expect(assignment('6.2')?.note).toMatch(/Armed policing would return to/);
      expect(assignment('6.2.2')?.note).toMatch(/Police dogs are delivered by .* section 22A/);
    }
    const area = model.collaborations.flatMap((c) => c.businessAreas).find((a) => a.id === 'armed-policing-and-dogs');
    expect(area).toMatchObject({ title: 'Police dogs', codes: ['6.2.2'], phase: 'live' });
    const gold = model.maps.find((m) => m.id === 'major-incident-gold-group');
    const path = ['gold-strategy', 'deploy-armed-officers', 'request-dogs', 'invite-commissioner'];
    for (const [i, from] of path.slice(0, -1).entries()) expect(gold?.flows.some((f) => f.from === from && f.to === path[i + 1])).toBe(true);
    expect(gold?.flows.some((f) => f.from === 'gold-strategy' && f.to === 'invite-commissioner')).toBe(false);
  });

  it('taking on the initial handling of complaints moves only what section 13A allows to the Commissioner', () => {
    const { model } = applyChangeSet(guide, option('take-on-initial-complaint-handling'));
    for (const profile of PROFILES) {
      for (const code of ['12.8.1.1', '12.8.1.2', '12.8.1.3']) {
        expect(roles(guide, profile, code), `${profile} ${code}`).toEqual({ accountable: ['chief-constable'], responsible: [] });
        expect(roles(model, profile, code), `${profile} ${code}`).toEqual({ accountable: ['pcc'], responsible: [] });
      }
      // Handling under Schedule 3, the outcome and keeping the complainant informed stay with the appropriate authority.
      for (const code of ['12.8.1.4', '12.8.1.5']) expect(roles(model, profile, code), `${profile} ${code}`).toEqual(roles(guide, profile, code));
      expect(roles(model, profile, '12.8.1.4').accountable).toEqual(['chief-constable']);
      expect(roles(model, profile, '1.4.4.4').accountable).toEqual(['pcc']);
    }
    const laneParty = (m: Model, step: string) => {
      const map = m.maps.find((x) => x.id === 'complaints-about-the-force');
      return map?.lanes.find((l) => l.id === map.steps.find((s) => s.id === step)?.lane)?.party;
    };
    for (const step of ['initial-contact', 'under-schedule-3', 'outside-schedule-3', 'record']) {
      expect(laneParty(guide, step), step).toBe('chief-constable');
      expect(laneParty(model, step), step).toBe('pcc');
    }
    for (const step of ['handle', 'keep-informed', 'outcome', 'force-responds']) expect(laneParty(model, step), step).toBe('chief-constable');
    expect(laneParty(model, 'review')).toBe('pcc');
  });

  it('the option kept as what not to do says so, and its report shows each unlawful step as a boundary conflict', () => {
    const changeSet = option('what-not-to-do-opcc-decides-complaints');
    expect(changeSet.title).toMatch(/^What not to do: /);
    expect(changeSet.rationale).toMatch(/^\*\*Do not adopt/);
    const { model } = applyChangeSet(guide, changeSet);
    const report = impact(guide, model);
    expect(report.boundaryConflicts.created.map((c) => `${c.profile} ${c.step} ${c.party} ${c.code} ${c.accountable.join()}`).sort()).toEqual(
      PROFILES.flatMap((p) => [`${p} handle pcc 12.8.1.4 chief-constable`, `${p} outcome pcc 12.8.1.4 chief-constable`]),
    );
    // The profiles stay as the law has them: the Chief Constable, not the Commissioner, answers for a recorded complaint.
    expect(json(model.profiles)).toBe(json(guide.profiles));
    expect(report.risks.map((r) => r.code)).toEqual(['lane-party-not-assigned', 'lane-party-not-assigned']);
  });
});
