import { LoadCache, loadModelFromBytes } from '@opcc/core';
import { readModelFolder } from '@opcc/core/files';
import { createLayoutEngine } from '@opcc/render';
import { rebuildSite, type BuiltSite } from '@opcc/site';
import { rmSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diagnosticsText } from '../report/print-diagnostics.js';
import { safeText } from '../report/safe-text.js';
import { errorPage } from './error-page.js';
import { RELOAD_EVENTS_PATH, RELOAD_SCRIPT, RELOAD_SCRIPT_PATH, withLiveReload } from './live-reload.js';
import { watchModel, type ModelWatcher } from './model-watcher.js';
import { fileInSite, requestPath } from './request-path.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * How long the model must have been quiet before its errors are shown: a file read while an editor was
 * still writing it may look broken, and the next rebuild, once it is written, should not flash an error page.
 */
const ERRORS_SETTLE_MS = 40;

/**
 * The longest the rest of a rebuild waits, once the changed maps' pages are written and their reload
 * event sent, for a browser showing one of them to fetch it: the server is one thread, so the rest would
 * otherwise keep the page waiting. It waits only while such a browser is connected.
 */
const RELOAD_GRACE_MS = 100;

/**
 * When each stage of a rebuild ended, as performance.now() times, for a benchmark's breakdown: the
 * first change seen, the start of the build, the files read, the model parsed and checked, the changed
 * maps' pages made in memory, then written and their reload event sent, the rest of the pages made in
 * memory, the folder written; with how many map pages were kept from the build before.
 */
export interface RebuildTimes {
  /** When the watcher first reported a change of this rebuild; undefined for the first build. */
  readonly detected?: number;
  readonly started: number;
  readonly read: number;
  readonly validated: number;
  /** Undefined when the changed maps' pages were not sent ahead of the rest (the first build, or the error page showing). */
  readonly pagesRendered?: number;
  readonly pagesPublished?: number;
  readonly rendered?: number;
  readonly written?: number;
  readonly keptPages: number;
}

/** A running dev server. */
export interface DevServer {
  readonly url: string;
  /** Registers a listener called after each rebuild, successful or not, with the times of its stages; for tests and tools. */
  readonly onRebuilt: (listener: (ok: boolean, times?: RebuildTimes) => void) => void;
  /** Stops serving and watching and removes the server's temporary folder. */
  close(): Promise<void>;
}

/** Options of {@link startDevServer}. */
export interface DevServerOptions {
  /** The port to listen on; 0 picks a free one. */
  readonly port: number;
  /** Where build messages and the model's problems are printed. */
  readonly log: (text: string) => void;
  /** List every warning instead of the first few of each code. */
  readonly verbose?: boolean;
  /** Where the private site folder is made; the system's temporary folder by default. */
  readonly tempDir?: string;
}

/** Thrown when the dev server cannot listen on the port it was given, because another program holds it or it is not allowed. */
export class PortUnavailableError extends Error {
  override readonly name = 'PortUnavailableError';

  /** Makes the error for a port that could not be used. */
  constructor(
    /** The port asked for. */
    readonly port: number,
    /** Why, from the system: EADDRINUSE, EACCES, … */
    readonly reason: string,
  ) {
    super(reason === 'EADDRINUSE' ? `port ${port} is already in use` : `cannot listen on port ${port} (${reason})`);
  }
}

/**
 * Builds a model's site into a private temporary folder, serves it on 127.0.0.1 only, and
 * rebuilds and reloads open pages whenever a model file changes. While the model has errors,
 * pages show them instead of the site. The temporary folder is removed by close() and when
 * the server fails to start.
 */
export async function startDevServer(dir: string, options: DevServerOptions): Promise<DevServer> {
  const temp = await mkdtemp(join(options.tempDir ?? tmpdir(), 'opcc-dev-'));
  const out = join(temp, 'site');
  // Each open page's reload channel, with the page it shows.
  const clients = new Map<ServerResponse, string>();
  const listeners: Array<(ok: boolean, times?: RebuildTimes) => void> = [];
  // The last site built, so a rebuild renders only the pages a change can reach; none after a build that failed.
  let site: BuiltSite | undefined;
  let problems: string | undefined = 'The site is being built.';
  let watcher: ModelWatcher | undefined;
  let server: Server | undefined;
  // Called with each page sent whole to a browser, while a rebuild waits for one (RELOAD_GRACE_MS).
  let pageSent: ((page: string) => void) | undefined;
  let building: Promise<boolean> = Promise.resolve(true);
  let port = options.port;
  const engine = createLayoutEngine();
  // Each file as read and checked last time, so a save has only the saved file read and checked again.
  const loadCache = new LoadCache();
  // The last resort if the process ends without close(), e.g. on an uncaught error.
  const removeOnExit = () => rmSync(temp, { recursive: true, force: true });
  process.once('exit', removeOnExit);

  const publish = (event: { readonly all: true } | { readonly changed: readonly string[] }) => {
    for (const client of clients.keys()) client.write(`event: rebuilt\ndata: ${JSON.stringify(event)}\n\n`);
  };

  // Lets a browser showing one of `pages` fetch it before the rest of the rebuild takes the thread.
  const awaitBrowsers = (pages: readonly string[]) => {
    if (![...clients.values()].some((page) => pages.includes(page))) return Promise.resolve();
    return new Promise<void>((done) => {
      const finish = () => {
        clearTimeout(timer);
        pageSent = undefined;
        done();
      };
      const timer = setTimeout(finish, RELOAD_GRACE_MS);
      pageSent = (page) => {
        if (pages.includes(page)) finish();
      };
    });
  };

  // Never rejects: a failed build is shown in the page and the log, and the server carries on.
  const rebuild = async (detected?: number): Promise<boolean> => {
    let ok = false;
    const before = problems;
    const since = watcher?.events() ?? 0;
    // The pages written anew; every page reloads when the error page comes or goes.
    let changed: readonly string[] | undefined;
    // Those already announced, ahead of the rest.
    let early: readonly string[] = [];
    let times: RebuildTimes | undefined;
    const started = performance.now();
    try {
      // loadModel's two steps, apart so that their times can be told apart.
      const read = readModelFolder(dir);
      const readAt = performance.now();
      const loaded = loadModelFromBytes(read.files, read.diagnostics, { fileExists: (path) => isFileIn(dir, path) }, loadCache);
      times = { ...(detected === undefined ? {} : { detected }), started, read: readAt, validated: performance.now(), keptPages: 0 };
      // A file caught half-written looks broken: when the model changed again meanwhile, the rebuild already
      // on its way reads it whole, so these errors are not shown (nor the site built from a moment's state).
      if (!loaded.ok && watcher !== undefined && !(await watcher.quietFor(ERRORS_SETTLE_MS, since))) return false;
      const report = diagnosticsText(loaded.diagnostics, options.verbose === true ? { verbose: true } : {});
      if (report !== '') options.log(report);
      // The same engine every time, so only maps whose layout input changed are laid out again,
      // and the site is compared file by file, so only pages whose content changed are written.
      if (loaded.ok) {
        let published: { readonly rendered: number; readonly at: number } | undefined;
        const onMapPages = async (pages: readonly string[]) => {
          // While the error page shows, every page reloads once the whole site is there.
          if (before !== undefined || pages.length === 0) return;
          const written = performance.now();
          publish({ changed: pages });
          early = pages;
          published = { rendered: written, at: performance.now() };
          await awaitBrowsers(pages);
        };
        const built = await rebuildSite(loaded.model, site, { out, modelDir: dir, force: true, engine, onMapPages });
        const written = performance.now();
        ({ site, rewritten: changed } = built);
        const pages = published === undefined ? {} : { pagesRendered: published.rendered - built.durations.mapPagesWrite, pagesPublished: published.at };
        const rendered = written - (built.durations.write - built.durations.mapPagesWrite);
        times = { ...times, ...pages, rendered, written, keptPages: built.kept };
      }
      ok = loaded.ok;
      problems = ok ? undefined : report;
      options.log(
        ok
          ? `Rebuilt at ${new Date().toLocaleTimeString('en-GB')} (${changed?.length ?? 0} files changed)\n`
          : 'The model has errors: the page shows them until they are fixed.\n',
      );
    } catch (error) {
      // The folder may hold some files of this build (the changed maps' pages go first): the next one compares every
      // file with the folder, not with the site recorded here, or a page this build wrote could stay.
      site = undefined;
      problems = `The site could not be built: ${safeText((error as Error).message)}`;
      options.log(`opcc: ${problems}\n`);
    }
    if (before === undefined && problems === undefined && changed !== undefined) {
      const rest = changed.filter((path) => !early.includes(path));
      if (rest.length > 0) publish({ changed: rest });
    } else publish({ all: true });
    for (const listener of listeners) listener(ok, times);
    return ok;
  };

  const stop = async () => {
    watcher?.close();
    await building;
    for (const client of clients.keys()) client.end();
    if (server?.listening === true) {
      const closed = new Promise<void>((done) => server?.close(() => done()));
      server.closeAllConnections();
      await closed;
    }
    await rm(temp, { recursive: true, force: true });
    process.off('exit', removeOnExit);
  };

  try {
    await rebuild();
    server = createServer((request, response) => serve(request, response));
    port = await listen(server, options.port);
    // Never two builds at once: each waits for the one before.
    watcher = watchModel(
      dir,
      (detected) => (building = building.then(() => rebuild(detected))),
      (error) => options.log(`opcc: stopped watching the model: ${safeText(error.message)}\n`),
    );
    let closing: Promise<void> | undefined;
    return {
      url: `http://127.0.0.1:${port}/`,
      onRebuilt: (listener) => listeners.push(listener),
      close: () => (closing ??= stop()),
    };
  } catch (error) {
    await stop();
    throw error;
  }

  function serve(request: IncomingMessage, response: ServerResponse): void {
    // Nothing is ever read from a request body: the page can only ask for files and listen.
    const refuse = (status: number, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close', ...headers }).end(`${status}\n`);
    };
    // Another site's page could reach 127.0.0.1 through a name it controls (DNS rebinding): only our own names are served.
    const host = request.headers.host;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return refuse(403);
    const wanted = requestPath(request.url);
    if ('status' in wanted) return refuse(wanted.status);
    const { path } = wanted;
    if (path === RELOAD_EVENTS_PATH) {
      if (request.method !== 'GET') return refuse(405, { allow: 'GET' });
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      response.write(': connected\n\n');
      clients.set(response, new URL(request.url ?? '/', 'http://localhost').searchParams.get('page') ?? '');
      request.on('close', () => clients.delete(response));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, { allow: 'GET, HEAD' });
    if (path === RELOAD_SCRIPT_PATH) {
      response.writeHead(200, { 'content-type': TYPES['.js'] ?? '', 'cache-control': 'no-store' }).end(RELOAD_SCRIPT);
      return;
    }
    const file = fileInSite(out, path);
    if (file === undefined) return refuse(403);
    const isPage = extname(file) === '.html';
    if (problems !== undefined && isPage) {
      response.writeHead(200, { 'content-type': TYPES['.html'] ?? '', 'cache-control': 'no-store' }).end(errorPage(problems));
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        if (isPage) response.once('finish', () => pageSent?.(relative(out, file).split(sep).join('/')));
        response.end(isPage ? withLiveReload(body.toString('utf8')) : body);
      },
      () => refuse(404),
    );
  }
}

/** Whether a '/'-separated path names a file in the model folder, as loadModel checks the files references name. */
function isFileIn(dir: string, path: string): boolean {
  try {
    return statSync(join(dir, ...path.split('/'))).isFile();
  } catch {
    return false;
  }
}

/** Listens on 127.0.0.1 only and gives the port; a port that cannot be used is a {@link PortUnavailableError}. */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      fail(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new PortUnavailableError(port, error.code) : error);
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      done(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}
