/**
 * Benchmark of @opcc/render: lays out and draws generated process maps of 10, 50, 200 and
 * 1,000 steps (four lanes, decisions that skip ahead and loop back) and prints, per size, the
 * median time of layout + render with an empty layout cache ("cold") and with the layout
 * cached ("cached": a reloaded model with the same content, so everything but the layout is
 * done again), then the peak memory of the process.
 *
 * Run: npx tsx tests/bench/render.bench.ts
 * Aim: a 50-step map cold under 150 ms, cached under 5 ms.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

// The packages run from source through the "@opcc/source" export condition; start again with it if missing.
if (!process.execArgv.some((arg) => arg.includes('@opcc/source'))) {
  const child = spawnSync(process.execPath, [...process.execArgv, '--conditions=@opcc/source', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

const { CachedLayoutEngine, ElkLayoutEngine, renderMap } = await import('@opcc/render');
const { generatedProcessModel } = await import('../../packages/render/src/testing/generated-map.js');

const SIZES = [10, 50, 200, 1000] as const;
const RUNS: Record<number, number> = { 10: 7, 50: 7, 200: 5, 1000: 3 };
const AIM = { size: 50, cold: 150, cached: 5 };

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const time = async (f: () => Promise<unknown>) => {
  const start = performance.now();
  await f();
  return performance.now() - start;
};

// The first layout in a process also pays for loading and compiling ELK: report it on its own.
const firstCall = await time(() => renderMap(generatedProcessModel(10, 4), 'generated', { engine: new ElkLayoutEngine() }));
// Then warm up (a map of another size, laid out and drawn a few times) so the figures below
// are those of a process that has rendered before, such as a site build past its first page.
const warmEngine = new CachedLayoutEngine(new ElkLayoutEngine());
for (let i = 0; i < 30; i++) await renderMap(generatedProcessModel(30, 3), 'generated', { engine: i % 3 === 0 ? new ElkLayoutEngine() : warmEngine });

const rows: Array<{ size: number; cold: number; cached: number; warnings: number }> = [];
for (const size of SIZES) {
  const model = generatedProcessModel(size, 4);
  const cold: number[] = [];
  const cached: number[] = [];
  let warnings = 0;
  let engine = new CachedLayoutEngine(new ElkLayoutEngine());
  for (let run = 0; run < (RUNS[size] ?? 3); run++) {
    engine = new CachedLayoutEngine(new ElkLayoutEngine());
    cold.push(
      await time(async () => {
        warnings = (await renderMap(model, 'generated', { engine })).warnings.length;
      }),
    );
  }
  // A new model object with the same content each time, as after reloading unchanged files:
  // only the layout cache (keyed by the hash of the layout input) can help.
  for (let run = 0; run < 3 * (RUNS[size] ?? 3); run++) {
    const reloaded = generatedProcessModel(size, 4);
    cached.push(await time(() => renderMap(reloaded, 'generated', { engine })));
  }
  rows.push({ size, cold: median(cold), cached: median(cached), warnings });
}

const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
// On a shared machine other work slows these figures down; the load average says how busy it was.
const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
console.log(
  `@opcc/render benchmark (Node ${process.version}, ${cpus().length} cores, load average ${load}); first layout in the process: ${firstCall.toFixed(0)} ms`,
);
console.log('steps       cold     cached  note');
for (const r of rows)
  console.log(`${String(r.size).padStart(5)} ${ms(r.cold)} ${ms(r.cached)}  ${r.warnings > 0 ? 'simpler layout used (warning returned)' : ''}`);
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(`peak memory (maxRSS): ${peakMb.toFixed(0)} MB`);
const aim = rows.find((r) => r.size === AIM.size);
if (aim !== undefined) {
  console.log(
    `aim for ${AIM.size} steps: cold < ${AIM.cold} ms (${aim.cold < AIM.cold ? 'met' : 'missed'}), cached < ${AIM.cached} ms (${aim.cached < AIM.cached ? 'met' : 'missed'})`,
  );
}
