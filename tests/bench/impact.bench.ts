// impact(before, after) and diffModels(before, after) on a generated model of 100 maps: an option
// moves a step to another lane on ten maps, removes a step from five and changes who is
// responsible for a top-level glossary entry (which every entry beneath it inherits). Prints the
// median of several runs of each, and the size of what they found.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyChangeSet, diffModels, formatImpact, impact, loadModel, type Change, type ChangeSet, type Model } from '@opcc/core';
import { generateModelFiles } from './generate-model.js';

const RUNS = 5;
const dir = mkdtempSync(join(tmpdir(), 'opcc-bench-impact-'));
for (const [path, text] of generateModelFiles({ glossaryEntries: 400, maps: 100, minSteps: 8, maxSteps: 20, stakeholders: 30 }, 7)) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}
const loaded = await loadModel(dir);
rmSync(dir, { recursive: true, force: true });
if (!loaded.ok) throw new Error(`generated model: ${loaded.diagnostics[0]?.message}`);
const before = loaded.model;

/** The option: every change names what the generated model has, so it applies cleanly. */
function option(model: Model): ChangeSet {
  const changes: Change[] = [];
  for (const map of model.maps.slice(0, 10)) {
    const step = map.steps.find((s) => s.lane !== undefined);
    const lane = map.lanes.find((l) => l.id !== step?.lane);
    if (step !== undefined && lane !== undefined) changes.push({ change: 'move-step', map: map.id, step: step.id, lane: lane.id });
  }
  for (const map of model.maps.slice(10, 15)) {
    const step = map.steps.find((s) => s.kind === 'activity');
    if (step !== undefined) changes.push({ change: 'remove-step', map: map.id, step: step.id });
  }
  const top = model.profiles[0]?.assignments[0];
  if (top !== undefined) changes.push({ change: 'set-accountability', profile: model.profiles[0]!.id, code: top.code, responsible: [...top.accountable] });
  return { id: 'bench' as ChangeSet['id'], title: 'Bench option', rationale: 'Timing.', status: 'proposed', changes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time<T>(label: string, work: () => T): T {
  const times: number[] = [];
  let result!: T;
  for (let run = 0; run < RUNS; run++) {
    const t = performance.now();
    result = work();
    times.push(performance.now() - t);
  }
  console.log(`${label}: median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}) over ${RUNS} runs`);
  return result;
}

const changeSet = option(before);
const steps = before.maps.reduce((n, m) => n + m.steps.length, 0);
console.log(
  `model: ${before.glossary.entries.length} glossary entries, ${before.maps.length} maps, ${steps} steps; option of ${changeSet.changes.length} changes`,
);
const applied = time('applyChangeSet', () => applyChangeSet(before, changeSet));
if (applied.diagnostics.some((d) => d.severity === 'error')) throw new Error(`the option does not apply: ${applied.diagnostics[0]?.message}`);
const after = applied.model;
const given = { diagnostics: { before: loaded.diagnostics, after: applied.diagnostics } };
const report = time('impact, diagnostics given (as opcc impact calls it)', () => impact(before, after, given));
time('impact, both models checked again', () => impact(before, after));
time('formatImpact text', () => formatImpact(report, 'text'));
const diff = time('diffModels', () => diffModels(before, after));
const s = report.summary;
console.log(
  `impact found: ${s.entriesMoved} entries moved, ${s.mapsTouched} maps touched, ${s.handOffsAdded} hand-offs added, ${s.handOffsRemoved} removed, ` +
    `${s.boundaryConflicts} boundary conflicts, ${s.risks} risks; diff found ${diff.changes.length} changes`,
);
console.log(`peak memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
