import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagnostic } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../../tests/support/temp-tree.js';
import { diagnosticsText } from './report/print-diagnostics.js';
import { safeJson, safeText } from './report/safe-text.js';
import { runCli } from './run-cli.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const temp = tempDirs();
/** An unknown map named `name`, reported in `file`: `unknown process map "<name>"`. */
const problem = (name: string, file = 'a.yaml') => diagnostic('unknown-map', { kind: 'process map', name }, { file });

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, interactive: false });
  return { code, stdout, stderr };
}

/** A model folder whose one map has twelve steps that lead nowhere: 23 warnings of two codes. */
function manyWarnings(): string {
  const dir = temp('cli-warnings');
  const steps = Array.from({ length: 12 }, (_, i) => `  - { id: a${i}, kind: activity, title: A${i} }`).join('\n');
  const map = `kind: process-map\nid: m\ntitle: M\nsteps:\n  - { id: s, kind: start, title: S }\n${steps}\nflows:\n  - { from: s, to: a0 }\n`;
  writeFileSync(join(dir, 'map.yaml'), map);
  return dir;
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

  it('says a glossary is illustrative once, whether or not its edition says so already', async () => {
    const guide = (await run('validate', 'packages/guide/model')).stdout.split('\n').find((line) => line.includes('glossary')) ?? '';
    expect(guide).toMatch(/edition 2012 illustrative$/);
    const minimal = (await run('validate', 'examples/minimal')).stdout.split('\n').find((line) => line.includes('glossary')) ?? '';
    expect(minimal).toMatch(/edition example \(illustrative\)$/);
  });

  it('prints problems like a compiler to stdout, so they can be saved to a file, and exits 1', async () => {
    const dir = temp('cli');
    writeFileSync(join(dir, 'map.yaml'), 'kind: process-map\nid: m\ntitle: M\nsteps:\n  - { id: a, kind: sub-process, title: A, map: nowhere }\n');
    const { code, stdout, stderr } = await run('validate', dir);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toBe('map.yaml:5:48  error  unknown-map  unknown process map "nowhere"');
    expect(stdout).toContain('1 error, 0 warnings');
    expect(stdout).toContain('The model has errors.');
  });

  it('lists the first 5 warnings of a code and counts the rest, or all of them with --verbose', async () => {
    const dir = manyWarnings();
    const grouped = await run('validate', dir, '--no-summary');
    expect(grouped.code).toBe(0);
    expect(grouped.stdout.match(/ {2}dead-end-step {2}/g)).toHaveLength(5);
    expect(grouped.stdout.match(/ {2}unreachable-step {2}/g)).toHaveLength(5);
    expect(grouped.stdout).toContain('… and 7 more dead-end-step warnings (--verbose for all)');
    expect(grouped.stdout).toContain('… and 6 more unreachable-step warnings (--verbose for all)');
    expect(grouped.stdout).toContain('0 errors, 23 warnings');
    const all = await run('validate', dir, '--no-summary', '--verbose');
    expect(all.stdout.match(/ {2}dead-end-step {2}/g)).toHaveLength(12);
    expect(all.stdout.match(/ {2}unreachable-step {2}/g)).toHaveLength(11);
    expect(all.stdout).not.toContain('more');
  });

  it('never hides an error behind a count', () => {
    const errors = Array.from({ length: 8 }, (_, i) => problem(`m${i}`));
    const text = diagnosticsText(errors);
    expect(text.match(/unknown-map/g)).toHaveLength(8);
    expect(text).not.toContain('more');
  });

  it('prints clean JSON for tools, whatever the model holds', async () => {
    const { code, stdout, stderr } = await run('validate', 'examples/minimal', '--format', 'json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({ ok: true, errors: 0, warnings: 0, diagnostics: [] });
    const broken = await run('validate', manyWarnings(), '--format', 'json');
    expect((JSON.parse(broken.stdout) as { warnings: number }).warnings).toBe(23);
  });

  it('gives each diagnostic in the JSON its typed fields, which the message is made from', async () => {
    const dir = temp('cli-fields');
    const map = 'kind: process-map\nid: engage\ntitle: E\nsteps:\n  - { id: a, kind: sub-process, title: A, map: engag }\n  - { id: a, kind: end, title: B }\n';
    writeFileSync(join(dir, 'map.yaml'), map);
    const { code, stdout } = await run('validate', dir, '--format', 'json');
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { diagnostics: unknown[] }).diagnostics).toEqual([
      {
        code: 'unknown-map',
        severity: 'error',
        message: 'unknown process map "engag" (did you mean "engage"?)',
        file: 'map.yaml',
        line: 5,
        column: 48,
        path: ['steps', 0, 'map'],
        suggestion: 'engage',
        fields: { kind: 'process map', name: 'engag', suggestion: 'engage' },
      },
      {
        code: 'duplicate-id',
        severity: 'error',
        message: 'duplicate step "a" on map "engage"',
        file: 'map.yaml',
        line: 6,
        column: 11,
        path: ['steps', 1, 'id'],
        fields: { kind: 'step', name: 'a', map: 'engage' },
      },
    ]);
  });

  it('shows control characters and bidi overrides in model text as visible escapes', async () => {
    const dir = temp('cli-escapes');
    writeFileSync(join(dir, 'model.yaml'), 'kind: model\ntitle: "Evil \\e[31mred\\e]0;owned\\a \\u202Ereversed\\u009b"\n');
    const { stdout } = await run('validate', dir);
    expect(stdout.split('\n')[0]).toBe('Evil \\u001b[31mred\\u001b]0;owned\\u0007 \\u202ereversed\\u009b');
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const message = diagnosticsText([problem('\u001b[2J\u2066x\nforged line', 'a\u001b.yaml')]);
    expect(message.split('\n')[0]).toBe('a\\u001b.yaml  error  unknown-map  unknown process map "\\u001b[2J\\u2066x\\u000aforged line"');
    expect(safeText('\u200f\u061c\u007f')).toBe('\\u200f\\u061c\\u007f');
    const json = safeJson({ title: '\u001b\u202e\u0085' });
    expect(json).toBe('{\n  "title": "\\u001b\\u202e\\u0085"\n}');
    expect(JSON.parse(json)).toEqual({ title: '\u001b\u202e\u0085' });
  });

  it('exits 2 on misuse', async () => {
    expect((await run('validate')).code).toBe(2);
    expect((await run('validate', 'examples/minimal', '--format', 'xml')).code).toBe(2);
    expect((await run('validate', 'no/such/folder')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('dev', 'examples/minimal', '--port', 'eighty')).code).toBe(2);
  });

  it('says to point at the folder when given a model file, for every command that reads a model', async () => {
    const file = join(root, 'examples', 'minimal', 'model.yaml');
    for (const args of [['validate'], ['build', '--out', join(temp('cli-out'), 'site')], ['export'], ['dev', '--port', '0']]) {
      const [command = '', ...rest] = args;
      const { code, stdout, stderr } = await run(command, 'examples/minimal/model.yaml', ...rest);
      expect(code, command).toBe(2);
      expect(stdout, command).toBe('');
      const folder = join(root, 'examples', 'minimal');
      expect(stderr, command).toBe(`opcc: ${file} is a file; point opcc at the folder that holds the model files, e.g. ${folder}\n`);
    }
  });

  it('answers --help with 0, and explains the exit codes', async () => {
    const { code, stdout } = await run('validate', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: opcc validate');
    expect(stdout).toContain('--verbose');
    expect((await run('--help')).stdout).toContain('Exit codes: 0 all well, 1 the model has problems, 2 the command was misused');
  });

  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) expect(await run(flag)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('reports a failure outside the model in one line with exit 3, not as misuse', async () => {
    const dir = temp('cli-io');
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    const { code, stderr } = await run('build', 'examples/minimal', '--out', join(dir, 'a-file', 'site'), '--no-cache');
    expect(code).toBe(3);
    expect(stderr).toMatch(/^opcc: could not finish: E[A-Z]+: [^\n]+\n$/);
  });
});
