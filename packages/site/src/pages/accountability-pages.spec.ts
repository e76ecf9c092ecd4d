import { ModelBuilder } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { comparePage } from './compare-page.js';
import { glossaryPage } from './glossary-page.js';

const { model } = new ModelBuilder()
  .manifest({ title: 'Two areas' })
  .glossary({
    entries: [
      { code: '1', title: 'Governance' },
      { code: '1.1', title: 'Plan' },
      { code: '2', title: 'Operations' },
    ],
  })
  .parties({
    parties: [
      { id: 'north-pcc', title: 'Northshire Commissioner', type: 'commissioner', area: 'Northshire' },
      { id: 'north-cc', title: 'Northshire Chief Constable', type: 'chief-constable', area: 'Northshire' },
      { id: 'south-pcc', title: 'Southvale Commissioner', type: 'commissioner', area: 'Southvale' },
      { id: 'south-cc', title: 'Southvale Chief Constable', type: 'chief-constable', area: 'Southvale' },
      { id: 'unit', title: 'Alliance unit', type: 'collaboration-unit', description: 'Shared by the two forces.' },
    ],
  })
  .profile({
    id: 'north',
    title: 'North profile',
    area: 'Northshire',
    description: 'How **Northshire** divides the work.',
    assignments: [
      { code: '1', accountable: 'north-pcc', informed: 'north-cc' },
      { code: '1.1', consulted: 'north-cc', note: 'The Commissioner must consult the Chief Constable.' },
      { code: '2', accountable: 'north-cc' },
    ],
  })
  .profile({
    id: 'south',
    title: 'South profile',
    area: 'Southvale',
    assignments: [
      { code: '1', accountable: 'south-pcc', informed: 'south-cc' },
      { code: '1.1', consulted: 'south-cc' },
      { code: '2', accountable: 'south-cc', responsible: 'unit' },
    ],
  })
  .build();

const text = (page: string) => page.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

describe('accountability on the site', () => {
  it('shows all four roles of each entry under each profile, marked assigned or inherited, with notes, descriptions and parties', () => {
    const page = text(glossaryPage(model));
    expect(page).toContain('accountable: Northshire Commissioner (inherited from 1)');
    expect(page).toContain('consulted: Northshire Chief Constable (assigned)');
    expect(page).toContain('informed: Northshire Chief Constable (inherited from 1)');
    expect(page).toContain('responsible: nobody');
    expect(page).toContain('The Commissioner must consult the Chief Constable.');
    expect(page).toContain('How Northshire divides the work.');
    expect(page).toContain('Alliance unit (collaboration unit) Shared by the two forces.');
  });

  it("compares two areas' profiles by role, so only the real difference is shown", () => {
    const [north, south] = model.profiles;
    const page = text(comparePage(model, north!, south!));
    expect(page).toContain('1 entry differs of 3');
    expect(page).toMatch(/ 2 Operations accountable : Northshire Chief Constable accountable : Southvale Chief Constable responsible : Alliance unit responsible /);
    expect(page).not.toMatch(/>\s*1\.1\s*</);
  });
});
