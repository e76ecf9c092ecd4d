import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../../../tests/support/temp-tree.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const bin = fileURLToPath(new URL('../bin.ts', import.meta.url));
const temp = tempDirs();

/**
 * Runs `opcc dev` as its own process, the way a person does, with its temporary folder in a
 * folder of the test's; once it serves, sends it a signal and reports how it ended.
 */
async function devStoppedBy(signal: NodeJS.Signals) {
  const base = temp('dev-signal');
  const model = join(base, 'model');
  cpSync(join(root, 'examples', 'minimal'), model, { recursive: true });
  const tmp = join(base, 'tmp');
  mkdirSync(tmp);
  const child = spawn(process.execPath, ['--conditions', '@opcc/source', '--import', 'tsx', bin, 'dev', model, '--port', '0'], {
    cwd: root,
    env: { ...process.env, TMPDIR: tmp, TSX_DISABLE_CACHE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  try {
    const url = await new Promise<string>((done, fail) => {
      child.stdout.on('data', () => {
        const serving = /Serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
        if (serving?.[1] !== undefined) done(serving[1]);
      });
      void exited.then(() => fail(new Error(`opcc dev ended before serving: ${stderr}`)));
    });
    const inUse = readdirSync(tmp);
    const page = await fetch(url);
    await page.text();
    child.kill(signal);
    return { code: await exited, stdout, stderr, inUse, status: page.status, left: readdirSync(tmp) };
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  }
}

describe('opcc dev', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`stops on ${signal}, removing its temporary folder`, async () => {
      const { code, stdout, stderr, inUse, status, left } = await devStoppedBy(signal);
      expect(status).toBe(200);
      expect(inUse.filter((name) => name.startsWith('opcc-dev-'))).toHaveLength(1);
      expect(stderr).toBe('');
      expect(stdout).toContain('Stopped.');
      expect(code).toBe(0);
      expect(left).toEqual([]);
    }, 60_000);
  }
});
