import { ModelBuilder } from '@opcc/core';
import { SimpleLayeredEngine } from '@opcc/render';
import { describe, expect, it } from 'vitest';
import { analyseOptions } from './option-analysis.js';

/** A change-set document; its changes are checked by the builder as a loaded file's would be. */
const option = (id: string, changes: ReadonlyArray<Record<string, unknown>>) =>
  ({ kind: 'change-set', id, title: id, status: 'proposed', rationale: 'For the tests.', changes }) as Parameters<ModelBuilder['add']>[0];

/** A small model with three options: one that applies, one that names a step the map lacks, one that retires the code of a step it retitles. */
function modelWithOptions() {
  return new ModelBuilder()
    .manifest({ title: 'Options test' })
    .glossary({ entries: [{ code: '1', title: 'Operations' }, { code: '1.1', title: 'Armed policing' }] })
    .parties({ parties: [{ id: 'cc', title: 'Chief Constable', type: 'chief-constable' }] })
    .profile({ id: 'force', title: 'Force', assignments: [{ code: '1.1', accountable: 'cc', responsible: 'cc' }] })
    .processMap({
      id: 'armed',
      title: 'Armed policing',
      lanes: [{ id: 'force', title: 'Force', party: 'cc' }],
      steps: [
        { id: 'start', kind: 'start', title: 'Call' },
        { id: 'deploy', kind: 'activity', title: 'Deploy', code: '1.1', lane: 'force' },
        { id: 'end', kind: 'end', title: 'Stood down' },
      ],
      flows: [
        { from: 'start', to: 'deploy' },
        { from: 'deploy', to: 'end' },
      ],
    })
    .add(option('clean', [{ change: 'update-step', map: 'armed', step: 'deploy', set: { title: 'Deploy officers' } }]))
    .add(option('stale', [{ change: 'move-step', map: 'armed', step: 'deploy-2', lane: 'force' }]))
    .add(
      option('breaks', [
        { change: 'update-step', map: 'armed', step: 'deploy', set: { title: 'Deploy officers' } },
        { change: 'retire-entry', code: '1.1' },
      ]),
    )
    .build();
}

describe('analyseOptions', () => {
  it('keeps each option to itself: one that does not apply has no report, one that breaks the model still has its report and views', async () => {
    const { model, diagnostics } = modelWithOptions();
    // The stale and the breaking option are problems of those options, not errors of the model.
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [breaks, clean, stale] = await analyseOptions(model, { engine: new SimpleLayeredEngine() });
    expect(clean).toMatchObject({ problems: [], maps: [{ mapId: 'armed' }] });
    expect(stale?.report).toBeUndefined();
    expect(stale?.problems.map((d) => d.code)).toEqual(['change-target-missing']);
    expect(breaks?.report?.summary.risks).toBeGreaterThan(0);
    expect(breaks?.problems.map((d) => d.code)).toContain('unknown-glossary-code');
    expect(breaks?.maps.map((m) => m.mapId)).toEqual(['armed']);
  });
});
