import { loadModel } from '@opcc/core';
import { buildSite } from '@opcc/site';
import { watch, type FSWatcher } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { diagnosticsText } from '../report/print-diagnostics.js';
import { RELOAD_EVENTS_PATH, RELOAD_SCRIPT, RELOAD_SCRIPT_PATH, withLiveReload } from './live-reload.js';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** A running dev server. */
export interface DevServer {
  readonly url: string;
  /** Registers a listener called after each rebuild, successful or not; for tests and tools. */
  readonly onRebuilt: (listener: (ok: boolean) => void) => void;
  close(): Promise<void>;
}

/**
 * Builds a model's site into a private folder, serves it on 127.0.0.1 only, and rebuilds and
 * reloads open pages whenever a model file changes. A model with errors keeps the last good
 * site on show and prints its problems.
 */
export async function startDevServer(dir: string, options: { port: number; log: (text: string) => void }): Promise<DevServer> {
  const out = join(await mkdtemp(join(tmpdir(), 'opcc-dev-')), 'site');
  const clients = new Set<ServerResponse>();
  const listeners: Array<(ok: boolean) => void> = [];

  const rebuild = async (): Promise<boolean> => {
    const { model, diagnostics, ok } = await loadModel(dir);
    const report = diagnosticsText(diagnostics);
    if (report !== '') options.log(report);
    if (ok) {
      await buildSite(model, { out });
      for (const client of clients) client.write('event: rebuilt\ndata: {}\n\n');
      options.log(`Rebuilt at ${new Date().toLocaleTimeString('en-GB')}\n`);
    }
    for (const listener of listeners) listener(ok);
    return ok;
  };
  await rebuild();

  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === RELOAD_EVENTS_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (path === RELOAD_SCRIPT_PATH) {
      response.writeHead(200, { 'content-type': TYPES['.js'] ?? '' }).end(RELOAD_SCRIPT);
      return;
    }
    const file = normalize(join(out, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(out + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        response.end(extname(file) === '.html' ? withLiveReload(body.toString('utf8')) : body);
      },
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'),
    );
  });
  await new Promise<void>((done) => server.listen(options.port, '127.0.0.1', done));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : options.port}/`;

  let timer: NodeJS.Timeout | undefined;
  let building: Promise<boolean> = Promise.resolve(true);
  const watcher: FSWatcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    // Editors write a file in several steps: wait for them to settle, and never build twice at once.
    timer = setTimeout(() => {
      building = building.then(rebuild, rebuild);
    }, 150);
  });

  return {
    url,
    onRebuilt: (listener) => listeners.push(listener),
    close: async () => {
      clearTimeout(timer);
      watcher.close();
      await building;
      for (const client of clients) client.end();
      await new Promise<void>((done) => server.close(() => done()));
      await rm(join(out, '..'), { recursive: true, force: true });
    },
  };
}
