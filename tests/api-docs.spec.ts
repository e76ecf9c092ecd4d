import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the API documentation', () => {
  it('builds with typedoc with no warning: every exported symbol of every package is documented', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'opcc-api-')), 'api');
    const typedoc = join(root, 'node_modules', 'typedoc', 'bin', 'typedoc');
    const run = spawnSync(process.execPath, [typedoc, '--out', out], { cwd: root, encoding: 'utf8' });
    const output = `${run.stdout}${run.stderr}`;
    expect(output).not.toMatch(/\[warning\]|\[error\]/);
    expect(run.status, output).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  }, 240_000);
});
