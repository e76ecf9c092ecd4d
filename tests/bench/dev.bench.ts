// `opcc dev` on a generated model of 100 maps x 8 steps: the time from saving one map file to the
// browser having the new page (the reload event received and the page fetched with the change in
// it), and how many files each save rewrote, with the median time of each stage: detect (save to the
// watcher's first event, then the settle wait), read, validate (parse and check), render, write, and
// reload (the event sent to the page fetched). The first build is timed too.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startDevServer, type RebuildTimes } from '../../packages/cli/src/dev/dev-server.js';
import { generateModelFiles } from './generate-model.js';

const work = mkdtempSync(join(tmpdir(), 'opcc-bench-dev-'));
const model = join(work, 'model');
for (const [path, text] of generateModelFiles({ glossaryEntries: 400, maps: 100, minSteps: 8, maxSteps: 8, stakeholders: 30 }, 7)) {
  mkdirSync(dirname(join(model, path)), { recursive: true });
  writeFileSync(join(model, path), text);
}

/** The reload events of the server, as a queue a save can wait on. */
async function events(url: string): Promise<{ next: () => Promise<{ all?: boolean; changed?: string[] }>; close: () => void }> {
  const controller = new AbortController();
  const response = await fetch(`${url}__opcc/events`, { signal: controller.signal });
  const reader = response.body?.getReader();
  if (reader === undefined) throw new Error('no event stream');
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    next: async () => {
      for (;;) {
        const match = /event: rebuilt\ndata: (.*)\n\n/.exec(buffer);
        if (match !== null) {
          buffer = buffer.slice(match.index + match[0].length);
          return JSON.parse(match[1] ?? '{}') as { all?: boolean; changed?: string[] };
        }
        const chunk = await reader.read();
        if (chunk.done) throw new Error('the event stream ended');
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    close: () => controller.abort(),
  };
}

let t = performance.now();
const server = await startDevServer(model, { port: 0, log: () => {}, tempDir: work });
console.log(`first build: ${(performance.now() - t).toFixed(0)} ms`);
let last: RebuildTimes | undefined;
server.onRebuilt((_ok, times) => (last = times));
const stages: Record<'detect' | 'settle' | 'read' | 'validate' | 'render' | 'write' | 'reload', number[]> = {
  detect: [],
  settle: [],
  read: [],
  validate: [],
  render: [],
  write: [],
  reload: [],
};
const kept: number[] = [];
// CPU time of the whole process (server and this client) per save: steadier than the clock on a busy machine.
const cpuTimes: number[] = [];
const stream = await events(server.url);
const file = join(model, 'maps', 'map-7.yaml');
const original = readFileSync(file, 'utf8');
const times: number[] = [];
const rewritten: number[] = [];
let names: readonly string[] = [];
try {
  for (let i = 1; i <= 7; i++) {
    const title = `Map 7 edited ${i}`;
    t = performance.now();
    const cpu = process.cpuUsage();
    writeFileSync(file, original.replace('title: Map 7', `title: ${title}`));
    const event = await stream.next();
    const page = await (await fetch(`${server.url}map-map-7.html`)).text();
    const ms = performance.now() - t;
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    if (!page.includes(title)) throw new Error(`the page does not show "${title}" after the reload event`);
    times.push(ms);
    const done = performance.now();
    if (last?.detected === undefined || last.rendered === undefined || last.written === undefined) throw new Error('the rebuild gave no times');
    stages.detect.push(last.detected - t);
    stages.settle.push(last.started - last.detected);
    stages.read.push(last.read - last.started);
    stages.validate.push(last.validated - last.read);
    stages.render.push(last.rendered - last.validated);
    stages.write.push(last.written - last.rendered);
    stages.reload.push(done - last.written);
    kept.push(last.keptPages);
    rewritten.push(event.changed?.length ?? -1);
    names = event.changed ?? ['(every page)'];
    // Let the watcher go quiet, as between two saves of a person.
    await new Promise((done) => setTimeout(done, 300));
  }
} finally {
  stream.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `median stages (ms): ${Object.entries(stages)
    .map(([name, values]) => `${name} ${median(values).toFixed(0)}`)
    .join(', ')}`,
);
console.log(`CPU time per save (server and client): median ${median(cpuTimes).toFixed(0)} ms`);
console.log(`map pages kept from the previous build per save: ${kept.join(', ')} (of 100)`);
console.log(`save to new page in the browser (7 saves of one map): median ${sorted[3]?.toFixed(0)} ms, max ${sorted[6]?.toFixed(0)} ms`);
console.log(`files rewritten per save: ${rewritten.join(', ')} (of 112; the last save: ${names.join(', ')})`);
