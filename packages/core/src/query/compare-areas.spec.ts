import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../build/model-builder.js';
import { glossaryCode, profileId } from '../schema/id-constructors.js';
import { accountabilityRoles, compareProfiles } from './accountability.js';

const { model } = new ModelBuilder()
  .manifest({ title: 'Two areas' })
  .glossary({
    entries: [
      { code: '1', title: 'Governance' },
      { code: '1.1', title: 'Plan' },
      { code: '2', title: 'Operations' },
      { code: '3', title: 'Estates' },
    ],
  })
  .parties({
    parties: [
      { id: 'north-pcc', title: 'Northshire Commissioner', type: 'commissioner', area: 'Northshire' },
      { id: 'north-cc', title: 'Northshire Chief Constable', type: 'chief-constable', area: 'Northshire' },
      { id: 'south-pcc', title: 'Southvale Commissioner', type: 'commissioner', area: 'Southvale' },
      { id: 'south-cc', title: 'Southvale Chief Constable', type: 'chief-constable', area: 'Southvale' },
      { id: 'unit', title: 'Alliance estates', type: 'collaboration-unit' },
    ],
  })
  .profile({
    id: 'north',
    title: 'North',
    area: 'Northshire',
    assignments: [
      { code: '1', accountable: 'north-pcc', consulted: 'north-cc' },
      { code: '2', accountable: 'north-cc' },
      { code: '3', accountable: 'north-pcc', consulted: 'north-cc' },
    ],
  })
  .profile({
    id: 'south',
    title: 'South',
    area: 'Southvale',
    assignments: [
      { code: '1', accountable: 'south-pcc', consulted: 'south-cc' },
      // Southvale's plan is drafted with the force; its operations are led from Northshire.
      { code: '1.1', responsible: 'south-cc' },
      { code: '2', accountable: 'north-cc' },
      { code: '3', accountable: 'south-cc', responsible: 'unit' },
    ],
  })
  .build();

describe('comparing the profiles of two areas', () => {
  it("compares each area's own Commissioner and Chief Constable by their role, across all four roles", () => {
    const differences = compareProfiles(model, profileId('north'), profileId('south'));
    expect(differences.map((d) => [d.code, d.roles])).toEqual([
      ['1.1', ['responsible']],
      // Northshire's Chief Constable is Southvale's own only in Northshire.
      ['2', ['accountable']],
      ['3', ['accountable', 'responsible', 'consulted']],
    ]);
  });

  it('gives all four roles of an entry, each marked with the code it comes from', () => {
    expect(accountabilityRoles(model, profileId('south'), glossaryCode('1.1'))).toEqual([
      { role: 'accountable', parties: ['south-pcc'], from: '1' },
      { role: 'responsible', parties: ['south-cc'], from: '1.1' },
      { role: 'consulted', parties: ['south-cc'], from: '1' },
      { role: 'informed', parties: [] },
    ]);
  });
});
