// Site build times (cold, unchanged in the same process as `opcc dev` does, unchanged from the
// on-disk layout cache as a second `opcc build` does), peak memory and sizes, for the reference
// model and for a generated model of 101 maps of 8 steps. Also the client script's gzipped size
// and the total weight of a 50-step map page.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { loadModel, type Model } from '@opcc/core';
import { guide } from '@opcc/guide';
import { createLayoutEngine } from '@opcc/render';
import { buildSite } from '@opcc/site';
import { generateModelFiles } from './generate-model.js';

const work = mkdtempSync(join(tmpdir(), 'opcc-bench-site-'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function generated(maps: number, steps: number, name: string): Promise<Model> {
  const dir = join(work, name);
  for (const [path, text] of generateModelFiles({ glossaryEntries: 400, maps, minSteps: steps, maxSteps: steps, stakeholders: 30 }, 7)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const { model, diagnostics } = await loadModel(dir);
  if (diagnostics.length > 0) throw new Error(`generated model: ${diagnostics[0]?.message}`);
  return model;
}

async function timeBuilds(label: string, model: Model): Promise<void> {
  const cacheDir = join(work, `${label}-cache`);
  const out = join(work, `${label}-site`);
  const engine = createLayoutEngine({ cacheDir });
  let t = performance.now();
  const cold = await buildSite(model, { out, engine });
  const coldMs = performance.now() - t;
  t = performance.now();
  await buildSite(model, { out, engine });
  const warmMs = performance.now() - t;
  t = performance.now();
  await buildSite(model, { out, engine: createLayoutEngine({ cacheDir }) });
  const diskMs = performance.now() - t;
  console.log(
    `${label}: ${cold.files} files, ${kb(cold.bytes)}; cold ${coldMs.toFixed(0)} ms, unchanged (in process) ${warmMs.toFixed(0)} ms, unchanged (disk cache, new engine) ${diskMs.toFixed(0)} ms`,
  );
}

// The first build also bundles the client script; warm that up so "cold" measures the model's own work.
await buildSite(await generated(1, 4, 'warm-up'), { out: join(work, 'warm-up-site') });

await timeBuilds('reference site', guide);
await timeBuilds('101 maps x 8 steps', await generated(101, 8, 'generated-101'));

const fifty = await generated(1, 50, 'fifty');
const fiftyOut = join(work, 'fifty-site');
await buildSite(fifty, { out: fiftyOut });
const page = readFileSync(join(fiftyOut, 'map-map-0.html'));
const css = readFileSync(join(fiftyOut, 'assets', 'site.css'));
const script = readFileSync(join(fiftyOut, 'assets', 'opcc.js'));
console.log(`client script: ${kb(script.length)}, ${kb(gzipSync(script, { level: 9 }).length)} gzipped`);
console.log(`50-step map page in all (HTML + CSS + script, uncompressed): ${kb(page.length + css.length + script.length)} (HTML ${kb(page.length)})`);
console.log(`peak memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (max resident set size, whole process)`);
rmSync(work, { recursive: true, force: true });
