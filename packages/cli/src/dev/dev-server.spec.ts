import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../../../tests/support/temp-tree.js';
import { runCli } from '../run-cli.js';
import { PortUnavailableError, startDevServer, type DevServer } from './dev-server.js';
import { RELOAD_EVENTS_PATH } from './live-reload.js';
import { requestPath } from './request-path.js';

const minimal = fileURLToPath(new URL('../../../../examples/minimal', import.meta.url));
const temp = tempDirs();
const quiet = () => undefined;

/** A copy of the minimal model, and an empty folder for the server's temporary files. */
function workspace() {
  const base = temp('dev-test');
  const model = join(base, 'model');
  cpSync(minimal, model, { recursive: true });
  const tempDir = join(base, 'tmp');
  mkdirSync(tempDir);
  return { model, tempDir };
}

interface RawOptions {
  readonly method?: string;
  readonly host?: string;
  readonly body?: string;
}

/** A raw HTTP request, so paths reach the server exactly as written (fetch would tidy `..` away). */
function raw(server: DevServer, path: string, options: RawOptions = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(server.url);
  const headers = { host: options.host ?? url.host };
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: url.port, path, method: options.method ?? 'GET', headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

async function withServer(model: string, tempDir: string, test: (server: DevServer) => Promise<void>): Promise<void> {
  const server = await startDevServer(model, { port: 0, log: quiet, tempDir });
  try {
    await test(server);
  } finally {
    await server.close();
  }
  expect(readdirSync(tempDir)).toEqual([]);
}

/** The reload channel of a browser showing `page`: each event's data in turn. */
async function events(server: DevServer, page: string): Promise<{ next: () => Promise<{ all?: boolean; changed?: string[] }>; close: () => void }> {
  const controller = new AbortController();
  const response = await fetch(`${server.url}${RELOAD_EVENTS_PATH.slice(1)}?page=${page}`, { signal: controller.signal });
  const reader = response.body?.getReader();
  let buffer = '';
  return {
    next: async () => {
      for (;;) {
        const match = /event: rebuilt\ndata: (.*)\n\n/.exec(buffer);
        if (match !== null) {
          buffer = buffer.slice(match.index + match[0].length);
          return JSON.parse(match[1] ?? '{}') as { all?: boolean; changed?: string[] };
        }
        const chunk = await reader?.read();
        if (chunk === undefined || chunk.done) throw new Error('the event stream ended');
        buffer += new TextDecoder().decode(chunk.value);
      }
    },
    close: () => controller.abort(),
  };
}

function occupiedPort(): Promise<{ port: number; blocker: Server }> {
  const blocker = createServer();
  return new Promise((done) => blocker.listen(0, '127.0.0.1', () => done({ port: (blocker.address() as { port: number }).port, blocker })));
}

describe('the dev server', () => {
  it('serves the site on 127.0.0.1 with live reload, rebuilds when a model file changes, and removes its folder on close', async () => {
    const { model, tempDir } = workspace();
    await withServer(model, tempDir, async (server) => {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(readdirSync(tempDir)).toHaveLength(1);
      const page = await (await fetch(`${server.url}map-engage-consult.html`)).text();
      expect(page).toContain('<script src="/__opcc/reload.js" defer></script>');
      expect(page).toContain("connect-src 'self'");

      const rebuilt = new Promise<boolean>((resolve) => server.onRebuilt(resolve));
      const file = join(model, 'maps.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: Engage & Consult', 'title: Engage and Consult anew'));
      expect(await rebuilt).toBe(true);
      expect(await (await fetch(`${server.url}map-engage-consult.html`)).text()).toContain('Engage and Consult anew');
    });
  }, 60_000);

  it('tells a browser showing a changed map its page first, then the rest; shows a save that breaks the model, and recovers from the fix', async () => {
    const { model, tempDir } = workspace();
    const file = join(model, 'maps.yaml');
    const good = readFileSync(file, 'utf8');
    await withServer(model, tempDir, async (server) => {
      const page = 'map-engage-consult.html';
      const stream = await events(server, page);
      try {
        let rebuilt = new Promise<boolean>((resolve) => server.onRebuilt(resolve));
        writeFileSync(file, good.replace('title: Analyse stakeholders', 'title: Analyse the stakeholders'));
        expect(await rebuilt).toBe(true);
        const first = await stream.next();
        expect(first.changed).toContain(page);
        expect(first.changed?.every((path) => path.startsWith('map-'))).toBe(true);
        // The step title is in the glossary's "used in" and the search index too: they follow, in an event of their own.
        const rest = await stream.next();
        expect(rest.changed).toEqual(expect.arrayContaining(['assets/search-index.js', 'glossary.html']));
        expect(rest.changed?.some((path) => first.changed?.includes(path))).toBe(false);
        expect(await (await fetch(`${server.url}${page}`)).text()).toContain('Analyse the stakeholders');

        rebuilt = new Promise<boolean>((resolve) => server.onRebuilt(resolve));
        writeFileSync(file, good.replace('title: Analyse stakeholders', 'title: ""'));
        expect(await rebuilt).toBe(false);
        expect(await stream.next()).toEqual({ all: true });
        expect((await raw(server, `/${page}`)).body).toContain('error  empty-title');

        rebuilt = new Promise<boolean>((resolve) => server.onRebuilt(resolve));
        writeFileSync(file, good);
        expect(await rebuilt).toBe(true);
        expect(await stream.next()).toEqual({ all: true });
        const fixed = (await raw(server, `/${page}`)).body;
        expect(fixed).not.toContain('The model has errors');
        expect(fixed).toContain('Analyse stakeholders');
      } finally {
        stream.close();
      }
    });
  }, 60_000);

  it('writes every changed page again after a build that failed once the changed maps’ pages were written', async () => {
    const { model, tempDir } = workspace();
    const file = join(model, 'maps.yaml');
    const good = readFileSync(file, 'utf8');
    await withServer(model, tempDir, async (server) => {
      const [own = ''] = readdirSync(tempDir);
      const site = join(tempDir, own, 'site');
      const page = 'map-engage-consult.html';
      const built = readFileSync(join(site, page), 'utf8');
      // The glossary shows the step's title too, so the rest of the build writes it, and fails on a folder in its place.
      const glossary = join(site, 'glossary.html');
      const glossaryText = readFileSync(glossary, 'utf8');
      rmSync(glossary);
      mkdirSync(join(glossary, 'in-the-way'), { recursive: true });
      let rebuilt = new Promise<boolean>((resolve) => server.onRebuilt(resolve));
      writeFileSync(file, good.replace('title: Analyse stakeholders', 'title: Analyse the stakeholders'));
      expect(await rebuilt).toBe(false);
      expect(readFileSync(join(site, page), 'utf8')).toContain('Analyse the stakeholders');

      rmSync(glossary, { recursive: true });
      writeFileSync(glossary, glossaryText);
      rebuilt = new Promise<boolean>((resolve) => server.onRebuilt(resolve));
      // The model as the last good build had it: its pages are those the folder held before the failed build.
      writeFileSync(file, good);
      expect(await rebuilt).toBe(true);
      expect(readFileSync(join(site, page), 'utf8')).toBe(built);
      expect((await raw(server, `/${page}`)).body).not.toContain('Analyse the stakeholders');
    });
  }, 60_000);

  it('serves nothing outside the site folder, however the path is written', async () => {
    const { model, tempDir } = workspace();
    await withServer(model, tempDir, async (server) => {
      const [own = ''] = readdirSync(tempDir);
      writeFileSync(join(tempDir, own, 'secret.txt'), 'SECRET beside the site');
      writeFileSync(join(tempDir, '..', 'secret.txt'), 'SECRET further up');
      const attempts = [
        '/../secret.txt',
        '/../../secret.txt',
        '/assets/../../secret.txt',
        '/..%2fsecret.txt',
        '/..%2F..%2Fsecret.txt',
        '/%2e%2e/secret.txt',
        '/%2E%2E%2Fsecret.txt',
        '/assets/%2e%2e/%2e%2e/secret.txt',
        '/..%5csecret.txt',
        '/..\\secret.txt',
        '/assets\\..\\..\\secret.txt',
        '/%252e%252e/secret.txt',
        '/.%2e/secret.txt',
        '/secret.txt%00.html',
        '//secret.txt',
        `/${'../'.repeat(12)}etc/passwd`,
        '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      ];
      for (const path of attempts) {
        const { status, body } = await raw(server, path);
        expect([400, 403, 404], path).toContain(status);
        expect(body, path).not.toContain('SECRET');
        expect(body, path).not.toContain('root:');
      }
      for (const path of ['/%', '/%E0%A4%A', '/%zz', '/assets/%']) expect((await raw(server, path)).status, path).toBe(400);
      expect((await raw(server, '/index.html')).status).toBe(200);
      expect((await raw(server, '/')).status).toBe(200);
    });
  }, 60_000);

  it('answers only GET and HEAD, takes nothing from the page on its reload channel, and only for its own host name', async () => {
    const { model, tempDir } = workspace();
    await withServer(model, tempDir, async (server) => {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
        const events = await raw(server, RELOAD_EVENTS_PATH, { method, body: 'data: injected\n\n' });
        expect(events.status, method).toBe(405);
        expect(events.headers['allow'], method).toBe('GET');
        expect((await raw(server, '/index.html', { method, body: 'x' })).status, method).toBe(405);
      }
      expect((await raw(server, RELOAD_EVENTS_PATH, { method: 'HEAD' })).status).toBe(405);
      expect((await raw(server, '/index.html', { method: 'HEAD' })).status).toBe(200);
      expect((await raw(server, '/index.html', { host: 'attacker.example' })).status).toBe(403);
      expect((await raw(server, '/index.html', { host: `localhost:${new URL(server.url).port}` })).status).toBe(200);
    });
  }, 60_000);

  it('shows the model’s errors, escaped, in place of every page until they are fixed, then the site', async () => {
    const { model, tempDir } = workspace();
    const file = join(model, 'maps.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('title: Engage & Consult', 'title: ""').replace('party: pcc', 'party: "<img src=x onerror=alert(1)>"'));
    await withServer(model, tempDir, async (server) => {
      for (const path of ['/', '/index.html', '/map-engage-consult.html', '/no-such-page.html']) {
        const { status, body } = await raw(server, path);
        expect(status, path).toBe(200);
        expect(body, path).toContain('<h1>The model has errors</h1>');
        expect(body, path).toContain('maps.yaml:3:8  error  empty-title');
        expect(body, path).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(body, path).not.toContain('<img');
        expect(body, path).toContain('<script src="/__opcc/reload.js" defer></script>');
      }

      const events = await fetch(`${server.url}${RELOAD_EVENTS_PATH.slice(1)}`);
      const reader = events.body?.getReader();
      const rebuilt = new Promise<boolean>((resolve) => server.onRebuilt(resolve));
      writeFileSync(file, good);
      expect(await rebuilt).toBe(true);
      let stream = '';
      while (!stream.includes('event: rebuilt') && reader !== undefined) {
        const chunk = await reader.read();
        if (chunk.done) break;
        stream += new TextDecoder().decode(chunk.value);
      }
      expect(stream).toContain('event: rebuilt');
      await reader?.cancel();
      const page = await raw(server, '/map-engage-consult.html');
      expect(page.body).not.toContain('The model has errors');
      expect(page.body).toContain('Engage &amp; Consult');
    });
  }, 60_000);

  it('fails to start on a port in use with a typed error, and removes its folder', async () => {
    const { model, tempDir } = workspace();
    const { port, blocker } = await occupiedPort();
    try {
      await expect(startDevServer(model, { port, log: quiet, tempDir })).rejects.toBeInstanceOf(PortUnavailableError);
      expect(readdirSync(tempDir)).toEqual([]);
    } finally {
      await new Promise((done) => blocker.close(done));
    }
  }, 60_000);

  it('says in one line that the port is in use, and exits 2', async () => {
    const { model } = workspace();
    const { port, blocker } = await occupiedPort();
    try {
      let stderr = '';
      const code = await runCli(['dev', model, '--port', String(port)], { stdout: quiet, stderr: (t) => (stderr += t), cwd: model, interactive: false });
      expect(code).toBe(2);
      expect(stderr).toBe(`opcc: port ${port} is already in use; stop the program using it or choose another port with --port <number>\n`);
    } finally {
      await new Promise((done) => blocker.close(done));
    }
  }, 60_000);
});

describe('requestPath', () => {
  it('decodes once and refuses dot segments, backslashes and NUL in any encoding', () => {
    expect(requestPath('/map-a.html?x=1#top')).toEqual({ path: '/map-a.html' });
    expect(requestPath('/a%20b.html')).toEqual({ path: '/a b.html' });
    expect(requestPath('/%252e%252e/x')).toEqual({ path: '/%2e%2e/x' });
    for (const bad of ['/..', '/a/../b', '/%2e%2e/b', '/a/%2E/b', '/a%5cb', '/a\\b', '/a%00b']) expect(requestPath(bad), bad).toEqual({ status: 403 });
    for (const bad of ['/%', '/%C0%AE', 'relative', '//host/x', '*']) expect(requestPath(bad), bad).toEqual({ status: 400 });
  });
});
