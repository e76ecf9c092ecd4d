import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors.js';
import { ACCOUNTABILITY_ROLES } from '../model/vocabulary.js';
import { partyId, profileId } from '../schema/id-constructors.js';
import { referenceModel } from '../testing/reference-model.js';
import { accountableFor } from './accountability.js';
import { entriesForParty } from './party-entries.js';
import { partiesOfProfile } from './profile-parties.js';

const model = referenceModel();

describe('entriesForParty on the reference model', () => {
  it('lists the codes assigned to the Commissioner by name apart from those inherited', () => {
    const accountable = entriesForParty(model, 'northshire', 'pcc', 'accountable');
    expect(accountable.filter((e) => !e.inherited).map((e) => e.code)).toEqual(['1', '1.2.2', '1.5.1', '4.1.2', '12.3', '12.4']);
    const plan = accountable.find((e) => e.code === '1.2.2.1');
    expect(plan).toMatchObject({ role: 'accountable', inherited: true, from: '1.2.2' });
  });

  it('finds a collaboration unit responsible, not accountable, for what it delivers', () => {
    expect(entriesForParty(model, 'northshire', 'alliance-operations').map((e) => `${e.code} ${e.role}${e.inherited ? ' (inherited)' : ''}`)).toEqual([
      '6.2 responsible',
      '6.2.1 responsible (inherited)',
      '6.2.2 responsible (inherited)',
    ]);
  });

  it('agrees with accountableFor on every entry, party and role of both profiles', () => {
    for (const profile of model.profiles) {
      for (const party of ACCOUNTABILITY_ROLES.flatMap((role) => partiesOfProfile(model, profile.id)[role])) {
        const listed = new Set(entriesForParty(model, profile.id, party.id).map((e) => `${e.code} ${e.role}`));
        const expected = model.glossary.entries.flatMap((entry) => {
          const who = accountableFor(model, profile.id, entry.code);
          return ACCOUNTABILITY_ROLES.filter((role) => who[role].includes(party.id)).map((role) => `${entry.code} ${role}`);
        });
        expect([...listed].sort(), `${profile.id} ${party.id}`).toEqual(expected.sort());
      }
    }
  });

  it('takes branded ids as well as text', () => {
    expect(entriesForParty(model, profileId('southvale'), partyId('pcc'))).toEqual(entriesForParty(model, 'southvale', 'pcc'));
  });

  it('says so when the party is one the profile never names, such as a named OPCC instead of the generic Commissioner', () => {
    expect(() => entriesForParty(model, 'northshire', 'northshire-opcc')).toThrow(
      new NotFoundError('party', 'northshire-opcc', 'accountability profile "northshire"'),
    );
  });

  it('reports unknown profiles and parties as not found', () => {
    expect(() => entriesForParty(model, 'nowhere', 'pcc')).toThrow(NotFoundError);
    expect(() => entriesForParty(model, 'northshire', 'Not An Id!')).toThrow(/no party "Not An Id!" in the model/);
  });
});

describe('partiesOfProfile on the reference model', () => {
  it('gives the parties each role names', () => {
    const ids = (role: (typeof ACCOUNTABILITY_ROLES)[number]) => partiesOfProfile(model, 'northshire')[role].map((p) => p.id);
    expect(ids('accountable')).toEqual(['chief-constable', 'pcc']);
    expect(ids('responsible')).toEqual(['alliance-operations', 'regional-organised-crime-unit']);
    expect(ids('consulted')).toEqual(['chief-constable']);
    expect(ids('informed')).toEqual([]);
  });

  it('reports an unknown profile as not found', () => {
    expect(() => partiesOfProfile(model, 'northshire-opcc')).toThrow(NotFoundError);
  });
});

describe('the reference model’s parties', () => {
  it('have one commissioner party per area; the generic Commissioner the profiles use has no area', () => {
    const commissioners = model.parties.filter((p) => p.type === 'commissioner');
    const areas = commissioners.map((p) => p.area ?? '(generic)');
    expect(new Set(areas).size).toBe(areas.length);
    expect(commissioners.find((p) => p.area === undefined)?.id).toBe('pcc');
    for (const profile of model.profiles) {
      const named = ACCOUNTABILITY_ROLES.flatMap((role) => partiesOfProfile(model, profile.id)[role]);
      expect(named.filter((p) => p.type === 'commissioner').map((p) => p.id)).toEqual(['pcc']);
    }
  });
});
