import { ModelBuilder, type Model } from '@opcc/core';
import { buildOrThrow } from './sample-model.js';

type StepDef = { id: string; kind: 'start' | 'end' | 'activity' | 'decision' | 'output'; title: string; lane?: string; code?: string };
type FlowDef = { from: string; to: string; condition?: string };

/**
 * A model with one process map of `size` steps in `lanes` lanes: a main line of activities
 * with an output now and then, and every seventh step a decision that either skips ahead or
 * loops back. The same arguments always give the same model; for benchmarks and large-map tests.
 */
export function generatedProcessModel(size: number, lanes = 4): Model {
  const laneIds = Array.from({ length: lanes }, (_, i) => `lane-${i + 1}`);
  const steps: StepDef[] = [{ id: 'start', kind: 'start', title: 'Start' }];
  const flows: FlowDef[] = [];
  const body = Math.max(1, size - 2);
  for (let i = 1; i <= body; i++) {
    const lane = laneIds[Math.floor(i / 3) % lanes] as string;
    const kind = i % 7 === 0 ? 'decision' : i % 11 === 0 ? 'output' : 'activity';
    const title = kind === 'decision' ? `Is check ${i} passed?` : kind === 'output' ? `Report ${i}` : `Carry out activity number ${i} of the process`;
    steps.push({ id: `s${i}`, kind, title, lane, ...(kind === 'activity' ? { code: `1.${(i % 9) + 1}` } : {}) });
    flows.push({ from: i === 1 ? 'start' : `s${i - 1}`, to: `s${i}` });
    if (kind === 'decision' && i + 3 <= body && i % 2 === 0) flows.push({ from: `s${i}`, to: `s${i + 3}`, condition: 'Yes: skip' });
    if (kind === 'decision' && i > 4 && i % 2 === 1) flows.push({ from: `s${i}`, to: `s${i - 4}`, condition: 'No: redo' });
  }
  steps.push({ id: 'end', kind: 'end', title: 'End' });
  flows.push({ from: `s${body}`, to: 'end' });
  return buildOrThrow(
    new ModelBuilder()
      .manifest({ title: `Generated ${size}` })
      .glossary({ entries: [{ code: '1', title: 'Governance' }, ...Array.from({ length: 9 }, (_, k) => ({ code: `1.${k + 1}`, title: `Group ${k + 1}` }))] })
      .processMap({
        id: 'generated',
        title: `Generated map of ${size} steps`,
        lanes: laneIds.map((id, i) => ({ id, title: `Performer ${i + 1}` })),
        steps,
        flows,
      }),
  );
}
