// `opcc dev` on a generated model of 100 maps x 8 steps: the time from saving one map file to the
// browser having the new page (the reload event naming the page received, and the page fetched with
// the change in it), over 27 saves of three kinds (a step's guidance text, a step's title, a new step),
// with the files each kind of save rewrote and the median time of each stage: detect (save to the
// watcher's first event), settle (to the start of the rebuild), read, validate (parse and check),
// render and write of the changed map pages, reload (their reload event sent to the page fetched),
// and the rest of the site rendered and written after that event. The first build is timed too. The
// server runs in a thread of its own (see dev-server-worker.ts), as a browser is another process.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { parse, stringify } from 'yaml';
import type { RebuildTimes } from '../../packages/cli/src/dev/dev-server.js';
import { generateModelFiles } from './generate-model.js';

const work = mkdtempSync(join(tmpdir(), 'opcc-bench-dev-'));
const model = join(work, 'model');
for (const [path, text] of generateModelFiles({ glossaryEntries: 400, maps: 100, minSteps: 8, maxSteps: 8, stakeholders: 30 }, 7)) {
  mkdirSync(dirname(join(model, path)), { recursive: true });
  writeFileSync(join(model, path), text);
}

/** Milliseconds since the epoch, which both threads count alike. */
const now = () => performance.timeOrigin + performance.now();

interface ReloadEvent {
  readonly at: number;
  readonly all?: boolean;
  readonly changed?: readonly string[];
}

/** Every reload event of the server as it arrives, with the time it arrived, and a way to wait for one: a browser showing `page`. */
async function events(
  url: string,
  page: string,
): Promise<{ readonly received: ReloadEvent[]; until: (from: number, wanted: (e: ReloadEvent) => boolean) => Promise<ReloadEvent>; close: () => void }> {
  const controller = new AbortController();
  const response = await fetch(`${url}__opcc/events?page=${encodeURIComponent(page)}`, { signal: controller.signal });
  const reader = response.body?.getReader();
  if (reader === undefined) throw new Error('no event stream');
  const decoder = new TextDecoder();
  const received: ReloadEvent[] = [];
  let wake = () => {};
  let ended = false;
  void (async () => {
    let buffer = '';
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        buffer += decoder.decode(chunk.value, { stream: true });
        for (let match = /event: rebuilt\ndata: (.*)\n\n/.exec(buffer); match !== null; match = /event: rebuilt\ndata: (.*)\n\n/.exec(buffer)) {
          buffer = buffer.slice(match.index + match[0].length);
          received.push({ at: now(), ...(JSON.parse(match[1] ?? '{}') as Omit<ReloadEvent, 'at'>) });
        }
        wake();
      }
    } catch {
      // Aborted by close().
    }
    ended = true;
    wake();
  })();
  return {
    received,
    until: async (from, wanted) => {
      for (;;) {
        const found = received.slice(from).find(wanted);
        if (found !== undefined) return found;
        if (ended) throw new Error('the event stream ended');
        await new Promise<void>((done) => (wake = done));
      }
    },
    close: () => controller.abort(),
  };
}

/** One step of the edited map, as the generated YAML holds it. */
type Step = { id: string; title: string; kind: string; lane?: string; code?: string; guidance?: string };
type MapDocument = { steps: Step[]; flows: Array<{ from: string; to: string }> };

const file = join(model, 'maps', 'map-7.yaml');
const page = 'map-map-7.html';
const map = parse(readFileSync(file, 'utf8')) as MapDocument;
const step = (id: string): Step => {
  const found = map.steps.find((s) => s.id === id);
  if (found === undefined) throw new Error(`map-7 has no step ${id}`);
  return found;
};
/** Each kind of save: it changes the map document and gives a text the new page must show. */
const KINDS: Record<string, (i: number) => string> = {
  'guidance text': (i) => (step('s1').guidance = `Do step 1, edit ${i}.`),
  'step title': (i) => (step('s2').title = `Step 2 of map 7, edit ${i}`),
  'new step': (i) => {
    // Between the last step and the end, so the map stays one connected flow.
    const last = map.flows.find((f) => f.to === 'end');
    if (last === undefined) throw new Error('map-7 has no flow to its end');
    const id = `extra-${i}`;
    map.steps.splice(map.steps.length - 1, 0, { id, kind: 'activity', title: `Extra step ${i}`, lane: step('s1').lane ?? 'opcc', code: step('s1').code ?? '' });
    map.flows.push({ from: id, to: 'end' });
    last.to = id;
    return `Extra step ${i}`;
  },
};
const SAVES = 27;

let t = now();
// A worker does not inherit the main thread's TypeScript loader: it registers its own first.
const entry = JSON.stringify(new URL('./dev-server-worker.ts', import.meta.url).href);
const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); })`;
const worker = new Worker(boot, { eval: true, workerData: { model, tempDir: work } });
let last: RebuildTimes | undefined;
let rebuilt = () => {};
let closed = () => {};
const server = await new Promise<{ url: string }>((ready, fail) => {
  worker.once('error', fail);
  worker.on('message', (message: { kind: string; url?: string; times?: RebuildTimes }) => {
    if (message.kind === 'ready') ready({ url: message.url ?? '' });
    if (message.kind === 'closed') closed();
    if (message.kind !== 'rebuilt') return;
    last = message.times;
    rebuilt();
  });
});
console.log(`first build: ${(now() - t).toFixed(0)} ms`);
const STAGES = ['detect', 'settle', 'read', 'validate', 'render', 'write', 'reload', 'rest'] as const;
const stages = Object.fromEntries(STAGES.map((name) => [name, [] as number[]])) as Record<(typeof STAGES)[number], number[]>;
const kept: number[] = [];
// CPU time of the whole process (server and this client) per save: steadier than the clock on a busy machine.
const cpuTimes: number[] = [];
const times: number[] = [];
const byKind = new Map<string, { times: number[]; rewritten: Set<string>[] }>();
const stream = await events(server.url, page);
try {
  for (let i = 1; i <= SAVES; i++) {
    const kinds = Object.keys(KINDS);
    const kind = kinds[(i - 1) % kinds.length] ?? '';
    const shown = KINDS[kind]?.(i) ?? '';
    const done = new Promise<void>((resolve) => (rebuilt = resolve));
    const from = stream.received.length;
    t = now();
    const cpu = process.cpuUsage();
    writeFileSync(file, stringify(map));
    await stream.until(from, (e) => e.all === true || (e.changed ?? []).includes(page));
    const body = await (await fetch(`${server.url}${page}`)).text();
    const fetched = now();
    const ms = fetched - t;
    if (!body.includes(shown)) throw new Error(`the page does not show "${shown}" after its reload event (save ${i}, ${kind})`);
    await done;
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    times.push(ms);
    if (last?.detected === undefined || last.rendered === undefined || last.written === undefined) throw new Error('the rebuild gave no times');
    // A server that sends one event for the whole site has no separate first phase: its pages are the whole rebuild.
    const pagesRendered = last.pagesRendered ?? last.rendered;
    const published = last.pagesPublished ?? last.written;
    stages.detect.push(last.detected - t);
    stages.settle.push(last.started - last.detected);
    stages.read.push(last.read - last.started);
    stages.validate.push(last.validated - last.read);
    stages.render.push(pagesRendered - last.validated);
    stages.write.push(published - pagesRendered);
    stages.reload.push(fetched - published);
    stages.rest.push(last.written - published);
    kept.push(last.keptPages);
    // Let the watcher go quiet, as between two saves of a person, and every event of this save arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const rewritten = new Set(stream.received.slice(from).flatMap((e) => (e.all === true ? ['(every page)'] : (e.changed ?? []))));
    const entry = byKind.get(kind) ?? { times: [], rewritten: [] };
    entry.times.push(ms);
    entry.rewritten.push(rewritten);
    byKind.set(kind, entry);
  }
} finally {
  stream.close();
  await new Promise<void>((done) => {
    closed = done;
    worker.postMessage('close');
  });
  await worker.terminate();
  rmSync(work, { recursive: true, force: true });
}
/** The value below which a share `q` of the values lie (nearest rank). */
const quantile = (values: readonly number[], q: number) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(q * values.length) - 1)] ?? NaN;
const median = (values: readonly number[]) => quantile(values, 0.5);
const ms = (n: number) => n.toFixed(0);
console.log(`median stages (ms): ${STAGES.map((name) => `${name} ${ms(median(stages[name]))}`).join(', ')}`);
console.log(`CPU time per save (server and client, the whole rebuild): median ${ms(median(cpuTimes))} ms`);
console.log(`map pages kept from the previous build per save: median ${median(kept)}, least ${Math.min(...kept)} (of 100)`);
console.log(
  `save to new page in the browser (${times.length} saves of one map): median ${ms(median(times))} ms, 90th percentile ${ms(quantile(times, 0.9))} ms, max ${ms(Math.max(...times))} ms`,
);
for (const [kind, { times: own, rewritten }] of byKind) {
  const sets = [...new Set(rewritten.map((files) => [...files].sort().join(', ')))];
  console.log(
    `  ${kind} (${own.length} saves): median ${ms(median(own))} ms, 90th percentile ${ms(quantile(own, 0.9))} ms; files rewritten: ${sets.map((s) => `[${s}]`).join(' or ')}`,
  );
}
