import { describe, expect, it } from 'vitest';
import { runInLocale } from '../../../../tests/support/run-in-locale.js';
import { diagnostic, sortDiagnostics } from './diagnostic.js';

const at = (file: string, line: number) => diagnostic('unknown-party', { kind: 'party', name: file }, { file, position: { line, column: 1 } });

describe('sortDiagnostics', () => {
  it('orders by file, then line', () => {
    const sorted = sortDiagnostics([at('b.yaml', 1), at('aa.yaml', 9), at('aa.yaml', 2)]);
    expect(sorted.map((d) => `${d.file ?? ''}:${d.line ?? 0}`)).toEqual(['aa.yaml:2', 'aa.yaml:9', 'b.yaml:1']);
  });

  it('gives the same order under a Danish locale, where "aa" collates after "z"', () => {
    const printed = runInLocale(
      'da_DK.UTF-8',
      `const { diagnostic, sortDiagnostics } = await import('./packages/core/src/diagnostics/diagnostic.ts');
const at = (file) => diagnostic('unknown-party', { kind: 'party', name: 'x' }, { file, position: { line: 1, column: 1 } });
console.log(JSON.stringify({
  locale: new Intl.Collator().resolvedOptions().locale,
  collated: ['aa.yaml', 'b.yaml'].sort((a, b) => a.localeCompare(b)),
  sorted: sortDiagnostics([at('b.yaml'), at('aa.yaml')]).map((d) => d.file),
}));`,
    );
    const seen = JSON.parse(printed) as { locale: string; collated: string[]; sorted: string[] };
    // The locale must really have taken effect, or the check below would prove nothing.
    expect(seen.locale).toBe('da-DK');
    expect(seen.collated).toEqual(['b.yaml', 'aa.yaml']);
    expect(seen.sorted).toEqual(['aa.yaml', 'b.yaml']);
  });
});
