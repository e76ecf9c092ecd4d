import { describe, expect, it } from 'vitest';
import { fixtureBuilder } from '../testing/fixture-model.js';
import { relationLabel } from './relation-label.js';

describe('relationLabel', () => {
  it("uses the relation's own label, else the title of its kind, built in or the model's own", () => {
    const { model, diagnostics } = fixtureBuilder()
      .relationKinds({ kinds: [{ id: 'mentors', title: 'acts as mentor to' }] })
      .relationshipMap({
        id: 'kinds',
        title: 'Kinds',
        relations: [
          { from: 'panel', to: 'pcc', kind: 'scrutinises', label: 'questions' },
          { from: 'panel', to: 'pcc', kind: 'scrutinises' },
          { from: 'pcc', to: 'panel', kind: 'mentors' },
        ],
      })
      .build();
    expect(diagnostics).toEqual([]);
    const map = model.relationshipMaps.find((m) => m.id === 'kinds');
    expect(map?.relations.map((r) => relationLabel(model, r))).toEqual(['questions', 'scrutinises', 'acts as mentor to']);
  });
});
