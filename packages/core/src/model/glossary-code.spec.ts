import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeDepth, compareCodes, parentCode } from './glossary-code.js';
import type { GlossaryCode } from '../schema/ids.js';

const code = fc.array(fc.nat({ max: 120 }), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('.'));

describe('glossary codes', () => {
  it('order naturally, not as text', () => {
    const sorted = ['1.10', '1', '2', '1.2', '1.1.2.8', '1.1', '10', '1.1.2'].sort(compareCodes);
    expect(sorted).toEqual(['1', '1.1', '1.1.2', '1.1.2.8', '1.2', '1.10', '2', '10']);
  });

  it('imply their parent', () => {
    expect(parentCode('1.1.2.8' as GlossaryCode)).toBe('1.1.2');
    expect(parentCode('1' as GlossaryCode)).toBeUndefined();
    expect(codeDepth('1.1.2.8')).toBe(4);
  });

  it('order as a total order: antisymmetric and transitive', () => {
    fc.assert(
      fc.property(code, code, code, (a, b, c) => {
        expect(Math.sign(compareCodes(a, b)) + Math.sign(compareCodes(b, a))).toBe(0);
        if (compareCodes(a, b) <= 0 && compareCodes(b, c) <= 0) expect(compareCodes(a, c)).toBeLessThanOrEqual(0);
        expect(compareCodes(a, b) === 0).toBe(a === b);
      }),
    );
  });

  it('order like their number tuples, with every parent before its children', () => {
    fc.assert(
      fc.property(fc.array(code, { maxLength: 30 }), (codes) => {
        const sorted = [...codes].sort(compareCodes);
        for (let i = 1; i < sorted.length; i++) {
          const a = sorted[i - 1]!.split('.').map(Number);
          const b = sorted[i]!.split('.').map(Number);
          const firstDiff = a.findIndex((part, j) => j < b.length && part !== b[j]);
          if (firstDiff >= 0) expect(a[firstDiff]!).toBeLessThan(b[firstDiff]!);
          else expect(a.length).toBeLessThanOrEqual(b.length);
        }
        for (const c of sorted) {
          const parent = parentCode(c as GlossaryCode);
          if (parent !== undefined && sorted.includes(parent)) expect(sorted.indexOf(parent)).toBeLessThan(sorted.indexOf(c));
        }
      }),
    );
  });
});
