import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../../tests/support/temp-tree.js';

const cli = fileURLToPath(new URL('..', import.meta.url));
const temp = tempDirs();

/** A copy of the committed launcher in a package folder of its own, with or without a build beside it. */
function launcher(built: boolean): string {
  const pkg = temp('bin');
  mkdirSync(join(pkg, 'bin'));
  cpSync(join(cli, 'bin', 'opcc.js'), join(pkg, 'bin', 'opcc.js'));
  writeFileSync(join(pkg, 'package.json'), '{ "type": "module" }\n');
  if (built) {
    mkdirSync(join(pkg, 'dist'));
    writeFileSync(join(pkg, 'dist', 'bin.js'), 'process.stdout.write(JSON.stringify(process.argv.slice(2)));\n');
  }
  return join(pkg, 'bin', 'opcc.js');
}

describe('the opcc launcher', () => {
  it('is what the package installs as `opcc`, and ships with it', () => {
    const pkg = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[] };
    expect(pkg.bin).toEqual({ opcc: './bin/opcc.js' });
    expect(pkg.files).toContain('bin');
    expect(readFileSync(join(cli, 'bin', 'opcc.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('runs the built command with the arguments it was given', () => {
    const run = spawnSync(process.execPath, [launcher(true), 'validate', 'my model'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(['validate', 'my model']);
  });

  it('says how to build the command when it is not built yet, and exits 3', () => {
    const run = spawnSync(process.execPath, [launcher(false), '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    const [first, second, rest] = run.stderr.split('\n');
    expect(first).toMatch(/^opcc: the command is not built yet \(.*dist\/bin\.js is missing\)\.$/);
    expect(second).toBe('Build it from the repository root with:  npx -y pnpm@10.34.8 build');
    expect(rest).toBe('');
  });
});

describe('the opcc command', () => {
  it('stops quietly when its reader closes the pipe early', () => {
    // `true` exits without reading, so every write after it has gone meets a closed pipe.
    const bin = join(cli, 'src', 'bin.ts');
    const command = `set -o pipefail; "${process.execPath}" --conditions=@opcc/source --import tsx "${bin}" --help | true`;
    // tsx keeps a cache in the temporary folder: give it one that is removed after the tests.
    const run = spawnSync('bash', ['-c', command], { encoding: 'utf8', env: { ...process.env, TMPDIR: temp('tsx') } });
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.status).toBe(0);
  });
});
