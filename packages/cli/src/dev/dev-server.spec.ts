import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startDevServer } from './dev-server.js';

const minimal = fileURLToPath(new URL('../../../../examples/minimal', import.meta.url));

describe('the dev server', () => {
  it('serves the site on 127.0.0.1 with live reload, and rebuilds when a model file changes', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'opcc-dev-test-')), 'model');
    cpSync(minimal, dir, { recursive: true });
    const server = await startDevServer(dir, { port: 0, log: () => undefined });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await (await fetch(`${server.url}map-engage-consult.html`)).text();
      expect(page).toContain('<script src="/__opcc/reload.js" defer></script>');
      expect(page).toContain("connect-src 'self'");
      expect((await fetch(`${server.url}..%2F..%2Fetc%2Fpasswd`)).status).not.toBe(200);

      const rebuilt = new Promise<boolean>((resolve) => server.onRebuilt(resolve));
      const file = join(dir, 'maps.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: Engage & Consult', 'title: Engage and Consult anew'));
      expect(await rebuilt).toBe(true);
      expect(await (await fetch(`${server.url}map-engage-consult.html`)).text()).toContain('Engage and Consult anew');
    } finally {
      await server.close();
    }
  }, 60_000);
});
