import { describe, expect, it } from 'vitest';
import { compareText } from './compare.js';

describe('compareText', () => {
  it('orders by code unit, as sort() with no comparator does', () => {
    const words = ['b.yaml', 'aa.yaml', 'Z', 'a-b', 'ab', 'å', 'a'];
    expect([...words].sort(compareText)).toEqual([...words].sort());
  });

  it('is zero only for equal strings', () => {
    expect(compareText('flow-1', 'flow-1')).toBe(0);
    expect(compareText('flow-1', 'flow-10')).toBeLessThan(0);
    expect(compareText('flow-2', 'flow-10')).toBeGreaterThan(0);
  });
});
