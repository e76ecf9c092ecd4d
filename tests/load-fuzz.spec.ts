import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIAGNOSTIC_CODES, loadModelFromBytes, loadModelFromFiles, type LoadResult, type SourceBytes } from '@opcc/core';

/*
 * Fuzzing the loader: the reference model's files, and a CSV glossary made from its glossary,
 * are mutated the way hand-edited files go wrong (a stray colon, bracket, quote or tab, a byte
 * flipped or saved in another encoding, a line deleted or doubled, a file cut short), and the
 * whole model is loaded again. Whatever the mutation, the loader must return diagnostics and
 * never throw; each diagnostic must carry a documented code and the file and place it is about,
 * and none may be an internal-error (which would mean the loader met something it does not
 * understand). The seed is fixed, so a failure is reproducible; the counterexample is printed.
 */

const modelDir = fileURLToPath(new URL('../packages/guide/model/', import.meta.url));
const SEED = Number(process.env['OPCC_FUZZ_SEED'] ?? 20_261_129);
const RUNS = Number(process.env['OPCC_FUZZ_RUNS'] ?? 160);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

const reference: SourceBytes[] = listFiles(modelDir)
  .filter((path) => /\.(?:ya?ml|json|csv)$/.test(path))
  .sort()
  .map((path) => ({ path: relative(modelDir, path).split('\\').join('/'), bytes: new Uint8Array(readFileSync(path)) }));

/** The reference model has no JSON file, so one of its files is given to the fuzzer as JSON instead. */
const AS_JSON = 'references.yaml';
const asJson = (file: SourceBytes): SourceBytes => ({
  path: file.path.replace(/\.yaml$/, '.json'),
  bytes: new TextEncoder().encode(JSON.stringify(parse(new TextDecoder().decode(file.bytes)), null, 2)),
});

/** A CSV glossary in the form a spreadsheet exports, with quoted cells, to fuzz the CSV reader too. */
const csvGlossary: SourceBytes = {
  path: 'spreadsheet/extra-glossary.csv',
  bytes: new TextEncoder().encode(
    [
      'code,title,description,level',
      '99,Extra functions,"Functions kept in a spreadsheet, not in YAML",category',
      '99.1,Estates,"Buildings, leases and ""hard"" facilities management",group',
      '99.1.1,Custody suites,,',
      '99.2,Fleet,Vehicles,group',
    ].join('\r\n') + '\r\n',
  ),
};

const files = [...reference.map((f) => (f.path === AS_JSON ? asJson(f) : f)), csvGlossary];
/** The JSON and CSV files are mutated as often as all the YAML files together, as they are read by other code. */
const target = fc.oneof(fc.nat({ max: files.length - 1 }), fc.constantFrom(...files.flatMap((f, i) => (/\.(?:json|csv)$/.test(f.path) ? [i] : []))));

const enc = (text: string) => [...new TextEncoder().encode(text)];
/** What gets typed, pasted or saved into model files by mistake. */
const INSERTS: number[][] = [
  ...[
    ':',
    ': ',
    '[',
    ']',
    '{',
    '}',
    '"',
    "'",
    '\t',
    '-',
    '- ',
    '#',
    ',',
    '\n',
    '  ',
    '---\n',
    '&a ',
    '*a',
    '<<: *a\n',
    '|',
    '>',
    '? ',
    '!!',
    '%',
    '@',
    '`',
    '\\',
  ].map(enc),
  [0x92], // a curly apostrophe saved as Windows-1252
  [0xa3], // £ in Windows-1252
  [0xff, 0xfe], // a UTF-16 byte-order mark
  [0xef, 0xbb, 0xbf], // a UTF-8 byte-order mark in the middle
  [0x00],
  [0xf0, 0x9f], // the first half of an emoji
  [0xc0, 0x80], // an overlong NUL
  enc('\u00a0'),
  enc('\r'),
  enc('[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['),
];

type Mutation =
  | { readonly kind: 'flip'; readonly at: number; readonly bit: number }
  | { readonly kind: 'insert'; readonly at: number; readonly what: number }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'duplicate-line'; readonly at: number }
  | { readonly kind: 'delete-line'; readonly at: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'replace-word'; readonly at: number; readonly from: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.nat({ max: INSERTS.length - 1 }) }), weight: 4 },
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  // A name swapped for another from the same file: a reference to the wrong step, a map its own parent, an id used twice.
  { arbitrary: fc.record({ kind: fc.constant('replace-word' as const), at: fc.nat(), from: fc.nat() }), weight: 3 },
);

function lineAround(bytes: number[], at: number): [number, number] {
  const start = bytes.lastIndexOf(0x0a, at - 1) + 1;
  const newline = bytes.indexOf(0x0a, at);
  return [start, newline < 0 ? bytes.length : newline + 1];
}

const isWordByte = (b: number | undefined) => b !== undefined && (b === 0x2d || b === 0x2e || (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7a));

/** The run of lower-case letters, digits, dots and hyphens (an id, a code, a kind) at a place. */
function wordAround(bytes: number[], at: number): [number, number] {
  let start = at;
  let end = at;
  while (isWordByte(bytes[start - 1])) start--;
  while (isWordByte(bytes[end])) end++;
  return [start, end];
}

/** Applies a mutation at a place chosen relative to the file's length. */
function mutate(input: Uint8Array, m: Mutation): Uint8Array {
  const bytes = [...input];
  const at = bytes.length === 0 ? 0 : m.at % (bytes.length + 1);
  switch (m.kind) {
    case 'flip':
      if (at < bytes.length) bytes[at] = (bytes[at] ?? 0) ^ (1 << m.bit);
      break;
    case 'insert':
      bytes.splice(at, 0, ...(INSERTS[m.what] ?? []));
      break;
    case 'delete':
      bytes.splice(at, m.length);
      break;
    case 'duplicate-line': {
      const [start, end] = lineAround(bytes, at);
      bytes.splice(end, 0, ...bytes.slice(start, end));
      break;
    }
    case 'delete-line': {
      const [start, end] = lineAround(bytes, at);
      bytes.splice(start, end - start);
      break;
    }
    case 'truncate':
      bytes.length = at;
      break;
    case 'replace-word': {
      const [start, end] = wordAround(bytes, at);
      const [fromStart, fromEnd] = wordAround(bytes, m.from % (bytes.length + 1));
      bytes.splice(start, end - start, ...bytes.slice(fromStart, fromEnd));
      break;
    }
  }
  return new Uint8Array(bytes);
}

const known = new Set(Object.keys(DIAGNOSTIC_CODES));
const paths = new Set(files.map((f) => f.path));

/** The checks every load must pass, whatever it was given; returns what is wrong, if anything. */
function problemsWith(result: LoadResult): string[] {
  return result.diagnostics.flatMap((d) => {
    const where = `${d.file ?? '<no file>'}:${d.line ?? '?'}:${d.column ?? '?'} ${d.code} ${d.message}`;
    const wrong: string[] = [];
    if (!known.has(d.code)) wrong.push(`undocumented code: ${where}`);
    if (d.code === 'internal-error') wrong.push(`internal error: ${where}`);
    if (d.file === undefined || !paths.has(d.file)) wrong.push(`no file, or a file that was not loaded: ${where}`);
    // Every diagnostic here comes from a file's contents (no file system is involved), so each has a place in it.
    if (d.line === undefined || !(Number.isInteger(d.line) && d.line >= 1)) wrong.push(`no line, or a bad one: ${where}`);
    if (d.column === undefined || !(Number.isInteger(d.column) && d.column >= 1)) wrong.push(`no column, or a bad one: ${where}`);
    if (result.ok && d.severity === 'error') wrong.push(`ok despite an error: ${where}`);
    return wrong;
  });
}

const lenient = new TextDecoder('utf-8');

describe('the loader, fed mutated copies of the reference model', () => {
  it('loads the unmutated model without an error, and every diagnostic it has passes the same checks', () => {
    const result = loadModelFromBytes(files);
    expect(result.ok).toBe(true);
    expect(problemsWith(result)).toEqual([]);
  });

  it('never throws, and gives only located diagnostics with documented codes, from bytes and from decoded text', () => {
    fc.assert(
      fc.property(target, fc.array(mutation, { minLength: 1, maxLength: 6 }), (index, mutations) => {
        const target = files[index];
        if (target === undefined) return;
        const bytes = mutations.reduce(mutate, target.bytes);
        const mutated = files.map((f, i) => (i === index ? { path: f.path, bytes } : f));
        expect(problemsWith(loadModelFromBytes(mutated))).toEqual([]);
        const texts = mutated.map((f) => ({ path: f.path, text: lenient.decode(f.bytes) }));
        expect(problemsWith(loadModelFromFiles(texts))).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // 320 loads of the whole reference model, each applying and checking its four options for change: about 40 s on
    // an idle 2-core machine, more when other test files share it. A limit on how long it may take, not a claim on speed.
  }, 240_000);
});
