import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../build/model-builder.js';
import { NotFoundError } from '../errors.js';
import { referenceModel } from '../testing/reference-model.js';
import { handOffs } from './hand-offs.js';
import { profileHandOffs } from './profile-hand-offs.js';

/** A profile naming a Commissioner, a Chief Constable and a unit; one map with a lane for a partner the profile never names. */
function built() {
  return new ModelBuilder()
    .glossary({ entries: [{ code: '1', title: 'Everything' }] })
    .parties({
      parties: [
        { id: 'unit', title: 'Unit', type: 'collaboration-unit' },
        { id: 'cc', title: 'Chief Constable', type: 'chief-constable' },
        { id: 'pcc', title: 'Commissioner', type: 'commissioner' },
        { id: 'council', title: 'Council', type: 'partner' },
      ],
    })
    .profile({ id: 'here', title: 'Here', assignments: [{ code: '1', accountable: 'cc', responsible: 'unit', consulted: 'pcc' }] })
    .processMap({
      id: 'work',
      title: 'Work',
      lanes: [
        { id: 'office', title: 'Office', party: 'pcc' },
        { id: 'force', title: 'Force', party: 'cc' },
        { id: 'town', title: 'Town', party: 'council' },
        { id: 'panel', title: 'Panel' },
      ],
      steps: [
        { id: 'ask', kind: 'activity', title: 'Ask', lane: 'office' },
        { id: 'answer', kind: 'activity', title: 'Answer', lane: 'force' },
        { id: 'review', kind: 'activity', title: 'Review', lane: 'office' },
        { id: 'tell', kind: 'activity', title: 'Tell', lane: 'town' },
        { id: 'note', kind: 'activity', title: 'Note', lane: 'panel' },
      ],
      flows: [
        { from: 'ask', to: 'answer', label: 'request' },
        { from: 'answer', to: 'review' },
        { from: 'review', to: 'tell' },
        { from: 'tell', to: 'note' },
      ],
    })
    .build().model;
}

describe('profileHandOffs', () => {
  it('pairs every party the profile names or a lane performs, by type, with the hand-offs each way', () => {
    const pairs = profileHandOffs(built(), 'here');
    expect(pairs.map(({ parties: [a, b], forward, back }) => `${a.id}-${b.id} ${forward.length}/${back.length}`)).toEqual([
      'pcc-cc 1/1',
      'pcc-council 1/0',
      'pcc-unit 0/0',
      'cc-council 0/0',
      'cc-unit 0/0',
      'council-unit 0/0',
    ]);
    const [first] = pairs;
    expect(first?.forward[0]).toMatchObject({ map: 'work', from: { step: 'ask', party: 'pcc' }, to: { step: 'answer', party: 'cc' }, label: 'request' });
    expect(first?.back[0]).toMatchObject({ from: { step: 'answer' }, to: { step: 'review' } });
  });

  it('gives on the reference model exactly what handOffs gives for each pair', () => {
    const model = referenceModel();
    for (const profile of model.profiles) {
      const pairs = profileHandOffs(model, profile.id);
      expect(pairs.length).toBeGreaterThan(0);
      for (const {
        parties: [a, b],
        forward,
        back,
      } of pairs) {
        expect(forward).toEqual(handOffs(model, a.id, b.id));
        expect(back).toEqual(handOffs(model, b.id, a.id));
      }
      const ids = pairs.map(({ parties: [a, b] }) => `${a.id} ${b.id}`);
      expect(ids).toContain('pcc chief-constable');
      expect(pairs.find(({ parties: [a, b] }) => a.id === 'pcc' && b.id === 'chief-constable')?.forward.length).toBeGreaterThan(0);
    }
  });

  it('reports an unknown profile as not found', () => {
    expect(() => profileHandOffs(built(), 'there')).toThrow(NotFoundError);
  });
});
