import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, interactive: false });
  return { code, stdout, stderr };
}

describe('opcc validate', () => {
  it('summarises a valid model and exits 0', async () => {
    const { code, stdout, stderr } = await run('validate', 'examples/minimal');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Minimal example');
    expect(stdout).toMatch(/process maps\s+1 \(3 steps, 2 flows\)/);
    expect(stdout).toContain('The model is valid.');
  });

  it('prints problems like a compiler and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcc-cli-'));
    writeFileSync(join(dir, 'map.yaml'), 'kind: process-map\nid: m\ntitle: M\nsteps:\n  - { id: a, kind: sub-process, title: A, map: nowhere }\n');
    const { code, stderr } = await run('validate', dir);
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe('map.yaml:5:48  error  unknown-map  unknown process map "nowhere"');
    expect(stderr).toContain('1 error, 0 warnings');
  });

  it('prints JSON for tools', async () => {
    const { code, stdout } = await run('validate', 'examples/minimal', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ ok: true, errors: 0, warnings: 0, diagnostics: [] });
  });

  it('exits 2 on misuse', async () => {
    expect((await run('validate')).code).toBe(2);
    expect((await run('validate', 'examples/minimal', '--format', 'xml')).code).toBe(2);
    expect((await run('validate', 'no/such/folder')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('answers --help with 0', async () => {
    const { code, stdout } = await run('validate', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: opcc validate');
  });
});
