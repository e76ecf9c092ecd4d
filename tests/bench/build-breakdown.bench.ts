// Where the time of `opcc build` goes on a generated model of 100 maps x 8 steps, cold (no layout
// cache) and warm (every layout cached, nothing changed): process start and module loading (the
// built command in a fresh process, when the packages are built), then read, parse, validate,
// layout, render and write, each timed on its own in this process. Then the whole built command,
// cold and warm, in fresh processes, as ../shared/bench/peer.sh runs it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '@opcc/core';
import { createLayoutEngine, type LayoutEngine } from '@opcc/render';
import { siteFiles } from '@opcc/site';
import { modelFromSources } from '../../packages/core/src/load/load-model.js';
import { parseYamlFile } from '../../packages/core/src/load/parse-yaml.js';
import type { SourceDocument } from '../../packages/core/src/load/source.js';
import { writeSite } from '../../packages/site/src/build/write-site.js';
import { generateModelFiles } from './generate-model.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');
const work = mkdtempSync(join(tmpdir(), 'opcc-bench-breakdown-'));
const model = join(work, 'model');
for (const [path, text] of generateModelFiles({ glossaryEntries: 400, maps: 100, minSteps: 8, maxSteps: 8, stakeholders: 30 }, 7)) {
  mkdirSync(dirname(join(model, path)), { recursive: true });
  writeFileSync(join(model, path), text);
}

/** Runs a script in a fresh node (the built packages, no source condition) that prints its own wall and CPU milliseconds since start. */
function fresh(script: string): { wall: number; cpu: number } {
  const timed = `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\n@@' + JSON.stringify({ wall: performance.now(), cpu: (u.user + u.system) / 1000 })); });\n${script}`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', timed], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  const figures = /@@(.*)$/.exec(run.stderr)?.[1];
  if (run.status !== 0 || figures === undefined) throw new Error(`the fresh process failed:\n${run.stdout}${run.stderr}`);
  return JSON.parse(figures) as { wall: number; cpu: number };
}

const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`;

/** A layout engine that adds up the time spent in another; layouts run one at a time, so the sum is the layout's share. */
function timed(inner: LayoutEngine): LayoutEngine & { spent: number } {
  const engine = {
    spent: 0,
    async layout(graph: Parameters<LayoutEngine['layout']>[0]) {
      const t = performance.now();
      try {
        return await inner.layout(graph);
      } finally {
        engine.spent += performance.now() - t;
      }
    },
  };
  return engine;
}

function phases(label: string, engine: LayoutEngine & { spent: number }, out: string): Promise<void> {
  return (async () => {
    let t = performance.now();
    const files = readdirSync(model, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => ({ path: relative(model, join(e.parentPath, e.name)), text: readFileSync(join(e.parentPath, e.name), 'utf8') }));
    const read = performance.now() - t;
    t = performance.now();
    const sources: SourceDocument[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const file of files) {
      const parsed = parseYamlFile(file);
      sources.push(...parsed.documents);
      diagnostics.push(...parsed.diagnostics);
    }
    const parse = performance.now() - t;
    t = performance.now();
    const loaded = modelFromSources(sources, diagnostics);
    const validate = performance.now() - t;
    if (!loaded.ok) throw new Error('the generated model has errors');
    t = performance.now();
    const site = await siteFiles(loaded.model, { engine });
    const render = performance.now() - t - engine.spent;
    t = performance.now();
    const wrote = writeSite(out, site.files);
    const write = performance.now() - t;
    console.log(
      `${label.padEnd(6)} read ${ms(read)}  parse ${ms(parse)}  validate ${ms(validate)}  layout ${ms(engine.spent)}  render ${ms(render)}  ` +
        `write ${ms(write)} (${wrote.rewritten.length} files written)`,
    );
  })();
}

try {
  if (existsSync(bin)) {
    const node = fresh('');
    const modules = fresh(`await import(${JSON.stringify(join(root, 'packages', 'cli', 'dist', 'index.js'))});`);
    console.log(
      `process start: ${ms(node.wall)} wall, ${ms(node.cpu)} CPU; and loading the built command's modules: ${ms(modules.wall)} wall, ${ms(modules.cpu)} CPU`,
    );
  } else console.log('process start and module loading: not measured (build the packages first)');

  const cacheDir = join(work, 'cache');
  await phases('cold', timed(createLayoutEngine({ cacheDir })), join(work, 'cold-site'));
  // A new engine: the layouts come from the disk cache, as in a second `opcc build`.
  await phases('warm', timed(createLayoutEngine({ cacheDir })), join(work, 'warm-site'));
  await phases('again', timed(createLayoutEngine({ cacheDir })), join(work, 'warm-site'));
  console.log('(in one process, so warm runs on warmed-up code; "again" rebuilds into the same folder, which writes nothing)');

  if (existsSync(bin)) {
    const build = (out: string, cache: string[]) =>
      fresh(`process.argv = [process.argv[0], 'opcc', 'build', ${JSON.stringify(model)}, '--out', ${JSON.stringify(out)}, ${cache.map((c) => JSON.stringify(c)).join(', ')}];
        await import(${JSON.stringify(bin)});`);
    const cold = build(join(work, 'cli-cold'), ['--no-cache']);
    const cache = join(work, 'cli-cache');
    build(join(work, 'cli-fill'), ['--cache', cache]);
    const warm = build(join(work, 'cli-warm'), ['--cache', cache]);
    console.log(`the built opcc build, fresh process: cold ${ms(cold.wall)} wall, ${ms(cold.cpu)} CPU; warm ${ms(warm.wall)} wall, ${ms(warm.cpu)} CPU`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
