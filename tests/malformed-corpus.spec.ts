import { readdirSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIAGNOSTIC_CODES, formatDiagnostic, loadModelFromBytes, loadModelFromFiles, type Diagnostic, type DiagnosticCode, type LoadResult } from '@opcc/core';

/*
 * The malformed-input corpus: every file in tests/corpus/malformed holds one mistake, and
 * cases.yaml says which diagnostics it must produce. Each file is loaded on its own, and the
 * diagnostics must be exactly the expected ones: a missing diagnostic, a wrong line or column,
 * or an extra diagnostic (one mistake reported twice, or a cascade) fails the case.
 */

interface Expected {
  readonly code: DiagnosticCode;
  readonly line: number;
  readonly column?: number;
  readonly suggestion?: string;
  /** A fragment the message must contain (case-insensitive): what a reader needs to fix it. */
  readonly message?: string;
}

interface Case {
  readonly file: string;
  readonly description: string;
  readonly expect: readonly Expected[];
}

const dir = fileURLToPath(new URL('./corpus/malformed/', import.meta.url));
const MANIFEST = 'cases.yaml';
const manifest = parse(readFileSync(dir + MANIFEST, 'utf8')) as { cases: Case[] };
const cases = manifest.cases;
const files = readdirSync(dir)
  .filter((name) => name !== MANIFEST)
  .sort();

function matches(d: Diagnostic, file: string, e: Expected): boolean {
  return (
    d.code === e.code &&
    d.file === file &&
    d.line === e.line &&
    (e.column === undefined || d.column === e.column) &&
    (e.suggestion === undefined || d.suggestion === e.suggestion) &&
    (e.message === undefined || d.message.toLowerCase().includes(e.message.toLowerCase()))
  );
}

function describeExpected(file: string, e: Expected): string {
  const extras = [e.suggestion === undefined ? '' : ` suggestion "${e.suggestion}"`, e.message === undefined ? '' : ` message containing "${e.message}"`];
  return `${file}:${e.line}${e.column === undefined ? '' : `:${e.column}`}  ${e.code}${extras.join('')}`;
}

describe('the malformed-input corpus', () => {
  it('has at least 40 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it('lists every file in the manifest exactly once, and only files that exist', () => {
    const listed = cases.map((c) => c.file);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(files);
  });

  it('has YAML, JSON and CSV files', () => {
    const extensions = new Set(files.map((f) => extname(f)));
    expect([...extensions].sort()).toEqual(['.csv', '.json', '.yaml']);
    expect(files.filter((f) => f.endsWith('.json')).length).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => f.endsWith('.csv')).length).toBeGreaterThanOrEqual(3);
  });

  it('gives every case a description and at least one expected diagnostic with a known code and a line', () => {
    for (const c of cases) {
      expect(c.description.trim(), c.file).not.toBe('');
      expect(c.expect.length, c.file).toBeGreaterThan(0);
      for (const e of c.expect) {
        expect(Object.keys(DIAGNOSTIC_CODES), c.file).toContain(e.code);
        expect(Number.isInteger(e.line) && e.line >= 1, c.file).toBe(true);
        if (e.column !== undefined) expect(Number.isInteger(e.column) && e.column >= 1, c.file).toBe(true);
      }
    }
  });

  it('holds distinct mistakes: no two cases share a primary code and a description', () => {
    const keys = cases.map((c) => `${c.expect[0]?.code}: ${c.description.trim().toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
    const descriptions = cases.map((c) => c.description.trim().toLowerCase());
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it('exercises every diagnostic code that file contents can produce', () => {
    const covered = new Set(cases.flatMap((c) => c.expect.map((e) => e.code)));
    // These come from the file system, or from a fault in the checker, not from a file's contents;
    // a missing reference file is one the model folder lacks, so a file loaded on its own cannot show it;
    // the BPMN codes come from `opcc import bpmn`, whose cases live in packages/render/src/export/bpmn/bpmn.spec.ts.
    const notFromContents = new Set([
      'file-unreadable',
      'folder-unreadable',
      'internal-error',
      'missing-reference-file',
      'bpmn-unreadable',
      'bpmn-unsupported',
    ]);
    const producible = Object.keys(DIAGNOSTIC_CODES).filter((code) => !notFromContents.has(code));
    expect(producible.filter((code) => !covered.has(code as DiagnosticCode))).toEqual([]);
  });
});

describe('each malformed file, loaded on its own', () => {
  it('gives the same diagnostics from text already decoded as from bytes, for every file that is UTF-8 text', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const { file } of cases) {
      const bytes = readFileSync(dir + file);
      let text: string;
      try {
        text = strict.decode(bytes);
      } catch {
        continue;
      }
      const fromText = loadModelFromFiles([{ path: file, text }]).diagnostics.map(formatDiagnostic);
      expect(fromText, file).toEqual(loadModelFromBytes([{ path: file, bytes }]).diagnostics.map(formatDiagnostic));
    }
  });

  it.each(cases)('$file: $description', ({ file, expect: expected }) => {
    // Read as bytes, as the loader reads a model folder: some files are not UTF-8 on purpose.
    const bytes = readFileSync(dir + file);
    let result: LoadResult | undefined;
    expect(() => {
      result = loadModelFromBytes([{ path: file, bytes }]);
    }, 'the loader must report problems as diagnostics, never throw').not.toThrow();
    const diagnostics = result?.diagnostics ?? [];

    const unmatched = [...diagnostics];
    const missing: string[] = [];
    for (const e of expected) {
      const at = unmatched.findIndex((d) => matches(d, file, e));
      if (at < 0) missing.push(describeExpected(file, e));
      else unmatched.splice(at, 1);
    }
    const found = diagnostics.map((d) => formatDiagnostic(d) + (d.suggestion === undefined ? '' : `  [suggestion "${d.suggestion}"]`));
    expect({ missing, unexpected: unmatched.map(formatDiagnostic), found }).toEqual({ missing: [], unexpected: [], found: expect.any(Array) });
    expect(result?.ok).toBe(!expected.some((e) => DIAGNOSTIC_CODES[e.code].severity === 'error'));
  });
});
