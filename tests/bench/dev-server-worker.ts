// The dev server of dev.bench.ts, in a thread of its own: a browser is another process, so the bench's
// client must not wait for the server's thread to read the reload event and the page, as it would in one thread.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { startDevServer, type RebuildTimes } from '../../packages/cli/src/dev/dev-server.js';

const { model, tempDir } = workerData as { model: string; tempDir: string };
const port = parentPort;
if (port === null) throw new Error('run as a worker of dev.bench.ts');
const server = await startDevServer(model, { port: 0, log: () => {}, tempDir });
// As times since the epoch: each thread's performance.now() counts from its own start.
const epoch = (times: RebuildTimes | undefined) =>
  times === undefined
    ? undefined
    : Object.fromEntries(Object.entries(times).map(([name, value]) => [name, name === 'keptPages' ? value : performance.timeOrigin + value]));
server.onRebuilt((ok, times) => port.postMessage({ kind: 'rebuilt', ok, times: epoch(times) }));
port.on('message', (message) => {
  if (message === 'close') void server.close().then(() => port.postMessage({ kind: 'closed' }));
});
port.postMessage({ kind: 'ready', url: server.url });
