import type { GlossaryCode } from '../schema/ids.js';

/** The parts of a dotted code as numbers: `1.10.2` gives [1, 10, 2]. */
export function codeParts(code: string): number[] {
  return code.split('.').map(Number);
}

/**
 * Natural order of glossary codes: `1.2` before `1.10`, a parent before its children.
 * @example
 * ```ts
 * ['1.10', '1.2', '1'].sort(compareCodes); // ['1', '1.2', '1.10']
 * ```
 */
export function compareCodes(a: string, b: string): number {
  const pa = codeParts(a);
  const pb = codeParts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return pa.length - pb.length;
}

/**
 * The parent implied by a code (`1.1.2` for `1.1.2.8`), or undefined for a top-level code.
 * @example
 * ```ts
 * parentCode(glossaryCode('1.1.2.8')); // '1.1.2'
 * parentCode(glossaryCode('1')); // undefined
 * ```
 */
export function parentCode(code: GlossaryCode): GlossaryCode | undefined {
  const cut = code.lastIndexOf('.');
  return cut < 0 ? undefined : (code.slice(0, cut) as GlossaryCode);
}

/**
 * How deep a code is: `1` is 1, `1.1.2.8` is 4.
 * @example
 * ```ts
 * codeDepth('1.1.2.8'); // 4
 * ```
 */
export function codeDepth(code: string): number {
  return code.split('.').length;
}

/** The id a glossary entry gets when it does not declare one: `pag-1-1-2-8`. */
export function defaultEntryId(code: string): string {
  return `pag-${code.replaceAll('.', '-')}`;
}
