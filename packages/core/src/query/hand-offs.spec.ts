import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors.js';
import { partyId } from '../schema/id-constructors.js';
import { referenceModel } from '../testing/reference-model.js';
import { handOffs } from './hand-offs.js';

const model = referenceModel();

describe('handOffs on the reference model', () => {
  it('finds flows from the Commissioner’s lane to the force’s', () => {
    const found = handOffs(model, 'pcc', partyId('chief-constable'));
    expect(found.map((h) => `${h.map}: ${h.from.step} → ${h.to.step}`)).toContain('police-and-crime-plan: draft-plan → consult-chief-constable');
    for (const h of found) {
      const map = model.maps.find((m) => m.id === h.map);
      const laneOf = (step: string) => map?.steps.find((s) => s.id === step)?.lane;
      const partyOf = (step: string) => map?.lanes.find((l) => l.id === laneOf(step))?.party;
      expect(map?.flows.some((f) => f.from === h.from.step && f.to === h.to.step)).toBe(true);
      expect([partyOf(h.from.step), partyOf(h.to.step)]).toEqual(['pcc', 'chief-constable']);
      expect([h.from.lane, h.to.lane]).toEqual([laneOf(h.from.step), laneOf(h.to.step)]);
    }
  });

  it('is directed: the other way finds the force handing back', () => {
    const back = handOffs(model, 'chief-constable', 'pcc');
    expect(back.length).toBeGreaterThan(0);
    expect(back.every((h) => h.from.party === 'chief-constable' && h.to.party === 'pcc')).toBe(true);
  });

  it('keeps the label and condition of a flow', () => {
    const all = [...handOffs(model, 'pcc', 'chief-constable'), ...handOffs(model, 'chief-constable', 'pcc')];
    for (const h of all) {
      const flow = model.maps.find((m) => m.id === h.map)?.flows.find((f) => f.from === h.from.step && f.to === h.to.step);
      expect(h.label).toBe(flow?.label);
      expect(h.condition).toBe(flow?.condition);
    }
  });

  it('finds nothing between parties that have no lanes, and reports unknown parties as not found', () => {
    expect(handOffs(model, 'northshire-opcc', 'northshire-police')).toEqual([]);
    expect(() => handOffs(model, 'pcc', 'nobody')).toThrow(NotFoundError);
  });
});
