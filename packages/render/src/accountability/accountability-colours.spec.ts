import { glossaryCode, ModelBuilder, profileId } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../svg/palette.js';
import { buildOrThrow, sampleModel } from '../testing/sample-model.js';
import { AccountabilityColours } from './accountability-colours.js';

describe('AccountabilityColours', () => {
  it('colours an entry by its accountable party, inherited from the nearest assigned ancestor', () => {
    const colours = new AccountabilityColours(sampleModel(), profileId('northshire'));
    const governance = colours.fillFor(glossaryCode('1'));
    const inherited = colours.fillFor(glossaryCode('1.1.2.8'));
    expect(inherited.fill).toBe(governance.fill);
    expect(inherited.inheritedFrom).toBe('1');
    expect(governance.own).toBe(true);
    expect(colours.fillFor(glossaryCode('1.1.3')).fill).toBe(PALETTE.shared);
    expect(colours.fillFor(glossaryCode('2.1.1')).fill).not.toBe(governance.fill);
  });

  it('gives distinct parties distinct colours when a profile names many parties, however many the model has', () => {
    const parties = Array.from({ length: 14 }, (_, i) => ({ id: `party-${String(i).padStart(2, '0')}`, title: `Party ${i}`, type: 'partner' as const }));
    const named = parties.filter((_, i) => i % 2 === 1);
    const model = buildOrThrow(
      new ModelBuilder()
        .glossary({ entries: named.map((_, i) => ({ code: String(i + 1), title: `Entry ${i + 1}` })) })
        .parties({ parties })
        .profile({ id: 'p', title: 'P', assignments: named.map((p, i) => ({ code: String(i + 1), accountable: p.id })) }),
    );
    const colours = new AccountabilityColours(model, profileId('p'));
    const fills = named.map((_, i) => colours.fillFor(glossaryCode(String(i + 1))).fill);
    expect(new Set(fills).size).toBe(named.length);
    expect(colours.key(new Set(fills)).map((k) => k.label)).toEqual(named.map((p) => p.title));
  });
});
