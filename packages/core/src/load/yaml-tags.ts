import type { ScalarTag } from 'yaml';

/**
 * YAML would read `1.10` as the number 1.1, silently turning glossary code 1.10 into 1.1.
 * Plain scalars made of dot-separated digits are therefore read as text, and so are whole
 * numbers written in a form YAML would silently rewrite (`010`, `0x10`, `+2`, `1.5e3`);
 * fields that want a number accept plain numeric text (see `Num`).
 */
export const dottedDigitsAsText: ScalarTag = {
  tag: 'tag:opcc.local,2026:dotted-digits',
  default: true,
  test: /^(?:\d+(?:\.\d+)+|0\d+|0x[0-9a-f]+|0o[0-7]+|\+\d+|\d+(?:\.\d+)?e[-+]?\d+)$/i,
  resolve: (source: string) => source,
  identify: () => false,
};
