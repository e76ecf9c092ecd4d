import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../build/model-builder.js';
import type { DocumentInput } from '../schema/documents.js';
import { DOCUMENT_KINDS } from '../schema/documents.js';
import { loadModelFromFiles } from './load-model.js';
import { MAX_NESTING, tooBigPath, tooDeepOffset, tooDeepPath } from './nesting-depth.js';

const codes = (path: string, text: string) => loadModelFromFiles([{ path, text }]).diagnostics.map((d) => [d.code, d.line, d.column]);

/** Ways of nesting a value far past the limit, each a YAML or JSON value to put after a field name. */
const DEEP_VALUES: Record<string, string> = {
  'a list 100,000 deep': '['.repeat(100_000) + ']'.repeat(100_000),
  'a list opened 100,000 times and never closed': '['.repeat(100_000),
  'a mapping {a: {a: ...}} 20,000 deep': '{a: '.repeat(20_000) + '1' + '}'.repeat(20_000),
  'a JSON-style mapping 20,000 deep': '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000),
};

describe('nesting far past any model', () => {
  it.each(DOCUMENT_KINDS)('is one located too-deep diagnostic in a %s document, in YAML and JSON, however it nests', (kind) => {
    for (const [how, value] of Object.entries(DEEP_VALUES)) {
      // The document is the first level, so the 64th bracket of the value passes the limit.
      const passing = [...value.matchAll(/[[{]/g)][MAX_NESTING - 1]?.index ?? -1;
      expect(codes('deep.yaml', `kind: ${kind}\nid: x\nextra: ${value}\n`), how).toEqual([['too-deep', 3, 8 + passing]]);
      const json = `{ "kind": "${kind}", "extra": ${value} }`;
      expect(codes('deep.json', json), how).toEqual([['too-deep', 1, expect.any(Number)]]);
    }
    const block = Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i + 1)}a:`).join('\n');
    expect(codes('deep.yaml', `kind: ${kind}\nextra:\n${block} 1\n`)).toEqual([['too-deep', 2 + MAX_NESTING, 2 * MAX_NESTING + 1]]);
    const dashes = `kind: ${kind}\nextra:\n  ${'- '.repeat(5000)}x\n`;
    expect(codes('deep.yaml', dashes)).toEqual([['too-deep', 3, expect.any(Number)]]);
  });

  it('is reported just past the limit, where the text is otherwise valid, and not just below it', () => {
    const nested = (n: number) => `kind: glossary\nentries: []\nextra: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    expect(codes('deep.yaml', nested(MAX_NESTING))).toEqual([['too-deep', 3, 7 + MAX_NESTING]]);
    expect(codes('deep.yaml', nested(MAX_NESTING - 2))).toEqual([['unknown-field', 3, 1]]);
  });

  it('is found in a chain of aliases, which builds deep values from shallow text, at the first alias that passes the limit', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => `  - &a${i + 1} [*a${i}]`).join('\n');
    expect(codes('deep.yaml', `kind: glossary\nentries:\n  - &a0 [x]\n${chain}\n`)).toEqual([['too-deep', 1 + MAX_NESTING, 11]]);
  });

  it('refuses aliases that would stand for a billion values, quickly, at the first value that holds too many', () => {
    const lines = ['kind: process-map', 'id: m', 'title: M', 'l0: &l0 [a, a, a, a, a, a, a, a, a, a]'];
    for (let i = 1; i <= 8; i++)
      lines.push(
        `l${i}: &l${i} [${Array<string>(10)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    lines.push('steps: [{ id: s, kind: *l8, title: S }]');
    const started = performance.now();
    // l5 holds 10^6 strings and the lists that hold them; l4 holds a tenth of that.
    expect(codes('bomb.yaml', `${lines.join('\n')}\n`)).toEqual([['too-many-aliases', 9, 9]]);
    expect(performance.now() - started).toBeLessThan(5000);
    let shared: unknown = ['leaf'];
    for (let i = 0; i < 40; i++) shared = [shared, shared];
    // Each half of the tree is still too big, down to the level that holds about a million values.
    expect(tooBigPath({ value: shared })).toEqual(['value', ...Array<number>(21).fill(0)]);
    expect(tooBigPath({ value: [Array.from({ length: 1000 }, () => 'x')] })).toBeUndefined();
  });

  it('is found in a document made in code, which never was text', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const { diagnostics } = new ModelBuilder().add({ kind: 'glossary', entries: deep } as unknown as DocumentInput).build();
    expect(diagnostics.map((d) => [d.code, d.path.length])).toEqual([['too-deep', MAX_NESTING]]);
  });

  it('walks a value shared by many aliases once, not once per alias', () => {
    let shared: unknown = ['leaf'];
    for (let i = 0; i < 40; i++) shared = [shared, shared];
    expect(tooDeepPath({ value: shared })).toBeUndefined();
  });

  it('does not count brackets in quotes, comments or block text, nor nesting up to the limit', () => {
    const brackets = '['.repeat(200);
    const text = [
      'kind: references',
      `# ${brackets}`,
      'references:',
      `  - { id: a, title: "${brackets}", kind: web, href: "https://example.org/" }`,
      `  - id: b`,
      `    title: '${brackets}'`,
      '    kind: web',
      '    description: |',
      `      ${brackets}`,
      ...Array.from({ length: 100 }, (_, i) => `      ${'  '.repeat(i)}- nested markdown`),
      '    href: https://example.org/',
      `  - { id: c, title: C [draft, kind: web }`,
    ].join('\n');
    expect(tooDeepOffset(text, false)).toBeUndefined();
    // The document's own mapping is the first level; read as YAML, a bracket opening a line may count as one more.
    const json = (n: number) => `{ "kind": "glossary", "note": "${brackets}", "entries": ${'['.repeat(n)}${']'.repeat(n)} }`;
    expect(tooDeepOffset(json(MAX_NESTING - 2), true)).toBeUndefined();
    expect(tooDeepOffset(json(MAX_NESTING), true)).toBeDefined();
  });
});
