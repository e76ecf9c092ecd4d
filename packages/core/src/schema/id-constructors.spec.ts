import { describe, expect, it } from 'vitest';
import { InvalidIdError, OpccError } from '../errors.js';
import { changeSetId, glossaryCode, mapId, partyId, profileId, stepId } from './id-constructors.js';

describe('id constructors', () => {
  it('return the text, now typed, when it is a valid id', () => {
    expect(mapId('engage-consult')).toBe('engage-consult');
    expect(partyId('pcc')).toBe('pcc');
    expect(stepId('map-stakeholders')).toBe('map-stakeholders');
    expect(glossaryCode('1.1.2.8')).toBe('1.1.2.8');
    expect(glossaryCode('1.10')).toBe('1.10');
    expect(changeSetId('keep-it-local')).toBe('keep-it-local');
  });

  it.each([
    ['process map id', () => mapId('Engage Consult'), 'Engage Consult'],
    ['accountability profile id', () => profileId(''), ''],
    ['party id', () => partyId('pcc-'), 'pcc-'],
    ['glossary code', () => glossaryCode('1.01'), '1.01'],
    ['glossary code', () => glossaryCode('1.1.'), '1.1.'],
    ['change set id', () => changeSetId('Keep it local'), 'Keep it local'],
  ])('refuse text that is not a valid %s with InvalidIdError', (kind, make, text) => {
    let error: unknown;
    try {
      make();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidIdError);
    expect(error).toBeInstanceOf(OpccError);
    expect(error).toMatchObject({ name: 'InvalidIdError', kind, text, message: `${JSON.stringify(text)} is not a valid ${kind}` });
  });
});
