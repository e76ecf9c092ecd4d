import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/* Source code is kept in one format (.prettierrc.json); `pnpm format` applies it. */

const root = fileURLToPath(new URL('../', import.meta.url));

describe('source formatting', () => {
  it('has every source file in the committed Prettier format', () => {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.resolve('prettier/bin/prettier.cjs')), '--list-different', '.'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').filter(Boolean), 'run `pnpm format` to format these files').toEqual([]);
    expect(run.status).toBe(0);
  });
});
