import { describe, expect, it } from 'vitest';
import { accountableFor, applyChangeSet, glossaryCode, profileId, type ChangeSet, type Model } from '@opcc/core';
import { guide } from './index.js';

/*
 * The reference model's options for change: each applies cleanly to the model, touches a process
 * map, accountability and the alliance, and keeps the Chief Constable accountable for what the
 * section 22A collaboration delivers, the collaboration unit responsible.
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

describe('the reference options for change', () => {
  it('are at least two, each proposed', () => {
    expect(guide.changeSets.map((c) => c.id)).toEqual(['bring-public-order-into-the-alliance', 'keep-armed-policing-local-share-the-dogs']);
    for (const changeSet of guide.changeSets) expect(changeSet.status).toBe('proposed');
  });

  it.each(guide.changeSets.map((c) => [c.id, c] as const))('%s applies with no diagnostic at all, leaving the model as it was', (_id, changeSet) => {
    const before = json(guide);
    const { model, diagnostics } = applyChangeSet(guide, changeSet);
    expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
    expect(json(guide)).toBe(before);
    expect(json(model.maps)).not.toBe(json(guide.maps));
    expect(json(model.profiles)).not.toBe(json(guide.profiles));
    const alliance = (m: Model) => json(m.collaborations.find((c) => c.id === 'northshire-southvale-alliance'));
    expect(alliance(model)).not.toBe(alliance(guide));
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
});
