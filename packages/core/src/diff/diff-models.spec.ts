import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../build/model-builder.js';
import { applyChangeSet } from '../change-set/apply-change-set.js';
import type { ChangeSet, Model } from '../model/model.js';
import { toDocuments } from '../serialize/to-documents.js';
import { referenceModel } from '../testing/reference-model.js';
import { diffModels } from './diff-models.js';
import { modelPair } from '../testing/model-pairs.js';

function applied(model: Model, changes: ChangeSet['changes']) {
  return applyChangeSet(model, { id: 'diff' as ChangeSet['id'], title: 'Diff', rationale: 'Test.', status: 'proposed', changes });
}

const canonical = (model: Model) => toDocuments(model).filter((d) => d.kind !== 'change-set');

describe('diffModels', () => {
  it('finds no change between a model and itself', () => {
    const guide = referenceModel();
    expect(diffModels(guide, guide)).toEqual({ changes: [], unexpressed: [] });
  });

  it('applying diff(A, B) to A gives B, with no change failing', () => {
    fc.assert(
      fc.property(modelPair, ([a, b]) => {
        const { changes, unexpressed } = diffModels(a, b);
        expect(unexpressed).toEqual([]);
        if (changes.length === 0) {
          expect(canonical(a)).toEqual(canonical(b));
          return;
        }
        const result = applied(a, [...changes]);
        expect(result.diagnostics.filter((d) => d.code.startsWith('change-'))).toEqual([]);
        expect(canonical(result.model)).toEqual(canonical(b));
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

describe('diffModels, on a hand-made pair', () => {
  it('says a lane move, a new responsible party and a renumbered entry in the vocabulary, in order', () => {
    const build = (lane: string, responsible: string, code: string) =>
      new ModelBuilder()
        .glossary({
          entries: [
            { code: '1', title: 'Policing' },
            { id: 'armed', code, title: 'Armed policing' },
          ],
        })
        .parties({
          parties: [
            { id: 'cc', title: 'Chief Constable', type: 'chief-constable' },
            { id: 'unit', title: 'Unit', type: 'collaboration-unit' },
          ],
        })
        .profile({ id: 'north', title: 'North', assignments: [{ code: '1', accountable: 'cc', responsible }] })
        .processMap({
          id: 'armed',
          title: 'Armed',
          lanes: [
            { id: 'force', title: 'Force', party: 'cc' },
            { id: 'alliance', title: 'Alliance', party: 'unit' },
          ],
          steps: [{ id: 'deploy', kind: 'activity', title: 'Deploy', code, lane }],
        })
        .build().model;
    const { changes, unexpressed } = diffModels(build('force', 'cc', '1.1'), build('alliance', 'unit', '1.2'));
    expect(unexpressed).toEqual([]);
    expect(changes).toEqual([
      { change: 'renumber-entry', entry: 'armed', from: '1.1', to: '1.2' },
      { change: 'set-accountability', profile: 'north', code: '1', accountable: ['cc'], responsible: ['unit'], consulted: [], informed: [] },
      { change: 'move-step', map: 'armed', step: 'deploy', from: 'force', lane: 'alliance' },
    ]);
  });

  it('names what it cannot say as a change', () => {
    const guide = referenceModel();
    const retitled = { ...guide, title: 'Another title', references: guide.references.slice(1) };
    expect(diffModels(guide, retitled)).toEqual({ changes: [], unexpressed: ['the model title, description, version or date', 'the reference material'] });
  });
});
