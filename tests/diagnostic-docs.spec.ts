import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, formatDiagnostic, loadModelFromFiles } from '@opcc/core';

/* docs/diagnostics.md lists every diagnostic code with its severity, meaning and an example fix. */

const root = fileURLToPath(new URL('../', import.meta.url));
const doc = readFileSync(resolve(root, 'docs/diagnostics.md'), 'utf8');
const codes = Object.keys(DIAGNOSTIC_CODES) as Array<keyof typeof DIAGNOSTIC_CODES>;

/** Table rows that start with a code: `| \`code\` | severity | meaning | fix |`. */
const rows = doc
  .split('\n')
  .map((line) => /^\| `([a-z-]+)` \| (\w+) \| (.+) \| (.+) \|$/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ code: m[1] ?? '', severity: m[2] ?? '', meaning: m[3] ?? '', fix: m[4] ?? '' }));

describe('docs/diagnostics.md', () => {
  it('mentions every diagnostic code', () => {
    expect(codes.filter((code) => !doc.includes(`\`${code}\``))).toEqual([]);
  });

  it('has one table row per code, with the severity the code carries, a meaning and an example fix', () => {
    expect(rows.map((r) => r.code).sort()).toEqual([...codes].sort());
    for (const row of rows) {
      expect(row.severity, row.code).toBe(DIAGNOSTIC_CODES[row.code as keyof typeof DIAGNOSTIC_CODES].severity);
      expect(row.meaning.trim().length, row.code).toBeGreaterThan(10);
      expect(row.fix.trim().length, row.code).toBeGreaterThan(10);
    }
  });

  it('shows diagnostics exactly as the loader prints them for the corpus file they name', () => {
    const printed = doc.split('\n').filter((line) => /^\S+:\d+:\d+ {2}(error|warning|info) {2}/.test(line));
    expect(printed.length).toBeGreaterThan(0);
    for (const line of printed) {
      const file = line.slice(0, line.indexOf(':'));
      const text = readFileSync(resolve(root, 'tests/corpus/malformed', file), 'utf8');
      expect(loadModelFromFiles([{ path: file, text }]).diagnostics.map(formatDiagnostic)).toContain(line);
    }
  });
});
