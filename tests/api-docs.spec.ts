import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDirs } from './support/temp-tree.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const temp = tempDirs();

describe('the API documentation', () => {
  it('builds with typedoc with no warning: every exported symbol of every package is documented', () => {
    const out = join(temp('api'), 'api');
    const typedoc = join(root, 'node_modules', 'typedoc', 'bin', 'typedoc');
    const run = spawnSync(process.execPath, [typedoc, '--out', out], { cwd: root, encoding: 'utf8' });
    const output = `${run.stdout}${run.stderr}`;
    expect(output).not.toMatch(/\[warning\]|\[error\]/);
    expect(run.status, output).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  }, 240_000);
});
