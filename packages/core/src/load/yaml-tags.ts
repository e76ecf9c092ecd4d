import type { ScalarTag } from 'yaml';

/**
 * YAML would read `1.10` as the number 1.1, silently turning glossary code 1.10 into 1.1.
 * Plain scalars made of dot-separated digits are therefore read as text, and so are whole
 * numbers with a leading zero (`010`), which would silently lose it; fields that want a
 * number accept numeric text (see `Num`).
 */
export const dottedDigitsAsText: ScalarTag = {
  tag: 'tag:opcc.local,2026:dotted-digits',
  default: true,
  test: /^(?:\d+(?:\.\d+)+|0\d+)$/,
  resolve: (source: string) => source,
  identify: () => false,
};
