import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../build/model-builder.js';
import { applyChangeSet } from '../change-set/apply-change-set.js';
import type { ChangeSet, Model } from '../model/model.js';
import { ChangeSchema } from '../schema/change-set.js';
import { toDocuments } from '../serialize/to-documents.js';
import { referenceModel } from '../testing/reference-model.js';
import { diffModels } from './diff-models.js';
import { modelPair } from '../testing/model-pairs.js';

function applied(model: Model, changes: ChangeSet['changes']) {
  return applyChangeSet(model, { id: 'diff' as ChangeSet['id'], title: 'Diff', rationale: 'Test.', status: 'proposed', changes });
}

const canonical = (model: Model) => toDocuments(model).filter((d) => d.kind !== 'change-set');

/** Diff says an outcome served with update-step or update-map, which set the outcomes whole, so it never writes these. */
const NOT_WRITTEN: readonly string[] = ['link-outcome', 'unlink-outcome'];
const WRITTEN = ChangeSchema.options.map((option) => option.shape.change.value).filter((kind) => !NOT_WRITTEN.includes(kind));

describe('diffModels', () => {
  it('finds no change between a model and itself', () => {
    const guide = referenceModel();
    expect(diffModels(guide, guide)).toEqual({ changes: [], unexpressed: [] });
  });

  it('applying diff(A, B) to A gives B, with no change failing; the run tries every kind of change diff writes', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(modelPair, ([a, b]) => {
        const { changes, unexpressed } = diffModels(a, b);
        for (const change of changes) seen.set(change.change, (seen.get(change.change) ?? 0) + 1);
        expect(unexpressed).toEqual([]);
        if (changes.length === 0) {
          expect(canonical(a)).toEqual(canonical(b));
          return;
        }
        const result = applied(a, [...changes]);
        expect(result.diagnostics.filter((d) => d.code.startsWith('change-'))).toEqual([]);
        expect(canonical(result.model)).toEqual(canonical(b));
      }),
      { numRuns: 500 },
    );
    // Each kind comes up ten times or more in a run of this size; none missing is not luck.
    expect(WRITTEN.filter((kind) => !seen.has(kind))).toEqual([]);
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

  it('says lanes put in another order as lanes moved, not as the map replaced', () => {
    const build = (order: readonly string[]) =>
      new ModelBuilder()
        .processMap({
          id: 'gold',
          title: 'Gold',
          lanes: order.map((id) => ({ id, title: id })),
          steps: ['opcc', 'force', 'partners', 'public'].map((id) => ({ id: `${id}-step`, kind: 'activity' as const, title: `In ${id}`, lane: id })),
        })
        .build().model;
    const [a, b] = [build(['opcc', 'force', 'partners', 'public']), build(['force', 'partners', 'opcc', 'public'])];
    const { changes } = diffModels(a, b);
    expect(changes).toEqual([{ change: 'move-lane', map: 'gold', lane: 'opcc', before: 'public' }]);
    expect(canonical(applied(a, [...changes]).model)).toEqual(canonical(b));
    const last = diffModels(a, build(['force', 'partners', 'public', 'opcc'])).changes;
    expect(last).toEqual([{ change: 'move-lane', map: 'gold', lane: 'opcc' }]);
  });

  it('says what each removal expects to find, so the change set conflicts with a model that has moved on since', () => {
    const build = (stepTitle: string, partyTitle: string, responsible: string, label: string, withAll: boolean) =>
      new ModelBuilder()
        .glossary({ entries: [{ code: '1', title: 'Policing' }] })
        .parties({
          parties: [
            { id: 'cc', title: 'Chief Constable', type: 'chief-constable' },
            ...(withAll ? [{ id: 'unit', title: partyTitle, type: 'collaboration-unit' as const }] : []),
          ],
        })
        .profile({ id: 'north', title: 'North', assignments: withAll ? [{ code: '1', accountable: 'cc', responsible }] : [] })
        .processMap({
          id: 'armed',
          title: 'Armed',
          lanes: [{ id: 'force', title: 'Force', party: 'cc' }],
          steps: [
            { id: 'plan', kind: 'activity', title: 'Plan', lane: 'force' },
            ...(withAll ? [{ id: 'deploy', kind: 'activity' as const, title: stepTitle, code: '1', lane: 'force' }] : []),
          ],
        })
        .stakeholders({
          stakeholders: [
            { id: 'panel', title: 'Panel', type: 'board' },
            { id: 'board', title: 'Board', type: 'board' },
          ],
        })
        .relationshipMap({ id: 'overview', title: 'Overview', relations: withAll ? [{ from: 'panel', to: 'board', kind: 'scrutinises', label }] : [] })
        .build().model;
    const written = build('Deploy', 'Unit', 'cc', 'Reviews', true);
    const { changes } = diffModels(written, build('Deploy', 'Unit', 'cc', 'Reviews', false));
    expect(changes.filter((c) => c.change.startsWith('remove-') || c.change === 'clear-accountability')).toEqual([
      { change: 'clear-accountability', profile: 'north', code: '1', was: { accountable: ['cc'], responsible: ['cc'], consulted: [], informed: [] } },
      { change: 'remove-step', map: 'armed', step: 'deploy', was: { title: 'Deploy', kind: 'activity', code: '1', lane: 'force' } },
      { change: 'remove-relation', relationshipMap: 'overview', from: 'panel', to: 'board', kind: 'scrutinises', was: { label: 'Reviews' } },
      { change: 'remove-party', party: 'unit', was: { title: 'Unit', type: 'collaboration-unit' } },
    ]);
    expect(applied(written, [...changes]).diagnostics.filter((d) => d.code.startsWith('change-'))).toEqual([]);
    const movedOn = build('Deploy armed officers', 'Alliance unit', 'unit', 'Scrutinises', true);
    const conflicts = applied(movedOn, [...changes]).diagnostics.filter((d) => d.code === 'change-conflict');
    expect(conflicts.map((d) => d.path?.slice(2))).toEqual([
      ['was', 'responsible'],
      ['was', 'title'],
      ['was', 'label'],
      ['was', 'title'],
    ]);
  });

  it('names what it cannot say as a change', () => {
    const guide = referenceModel();
    const retitled = { ...guide, title: 'Another title', references: guide.references.slice(1) };
    expect(diffModels(guide, retitled)).toEqual({ changes: [], unexpressed: ['the model title, description, version or date', 'the reference material'] });
  });
});
