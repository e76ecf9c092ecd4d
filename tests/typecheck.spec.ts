import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const projects = [...readdirSync(join(root, 'packages')).map((name) => join('packages', name, 'tsconfig.json')), join('tests', 'tsconfig.json')];

describe('the strict compiler', () => {
  it.each(projects)(
    'finds no type error in %s',
    (project) => {
      const run = spawnSync(process.execPath, [tsc, '--noEmit', '-p', project], { cwd: root, encoding: 'utf8' });
      expect(`${run.stdout}${run.stderr}`.trim()).toBe('');
      expect(run.status).toBe(0);
    },
    180_000,
  );
});
