// Load+validate and toGraph on a large generated model: 10,000 glossary entries, 500 maps of
// 20–60 steps, 300 stakeholders. Prints wall-clock times (median of runs) and peak memory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadModel, toGraph } from '@opcc/core';
import { generateModelFiles } from './generate-model.js';

const RUNS = 5;
const dir = mkdtempSync(join(tmpdir(), 'opcc-bench-core-'));
const files = generateModelFiles({ glossaryEntries: 10_000, maps: 500, minSteps: 20, maxSteps: 60, stakeholders: 300 });
let bytes = 0;
for (const [path, text] of files) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
  bytes += Buffer.byteLength(text);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const loadTimes: number[] = [];
const graphTimes: number[] = [];
let summary = '';
let peakAfterFirst = 0;
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  const { model, diagnostics } = await loadModel(dir);
  const t1 = performance.now();
  const graph = toGraph(model);
  const t2 = performance.now();
  if (run === 0) peakAfterFirst = process.resourceUsage().maxRSS;
  loadTimes.push(t1 - t0);
  graphTimes.push(t2 - t1);
  if (diagnostics.length > 0) throw new Error(`generated model has ${diagnostics.length} diagnostics, e.g. ${diagnostics[0]?.message}`);
  const steps = model.maps.reduce((n, m) => n + m.steps.length, 0);
  summary = `${model.glossary.entries.length} glossary entries, ${model.maps.length} maps, ${steps} steps, ${model.stakeholders.length} stakeholders; graph ${graph.order} nodes, ${graph.size} edges`;
}
rmSync(dir, { recursive: true, force: true });

console.log(`model: ${summary}; ${files.size} files, ${(bytes / 1e6).toFixed(1)} MB of YAML`);
console.log(
  `load+validate: median ${median(loadTimes).toFixed(0)} ms (first ${loadTimes[0]!.toFixed(0)} ms, runs: ${loadTimes.map((t) => t.toFixed(0)).join(', ')})`,
);
console.log(`toGraph:       median ${median(graphTimes).toFixed(0)} ms (runs: ${graphTimes.map((t) => t.toFixed(0)).join(', ')})`);
console.log(
  `peak memory:   ${(peakAfterFirst / 1024).toFixed(0)} MB after one load and toGraph, ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB after all ${RUNS} runs (max resident set size, whole process)`,
);
