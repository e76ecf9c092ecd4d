import { describe, expect, it } from 'vitest';
import { decodedFragment } from './fragment.js';

describe('decodedFragment', () => {
  it('decodes a fragment, and gives undefined for one that cannot be decoded', () => {
    expect(decodedFragment('#start')).toBe('start');
    expect(decodedFragment('#caf%C3%A9')).toBe('café');
    expect(decodedFragment('')).toBe('');
    for (const hash of ['#%', '#%E0%A4%A', '#%zz', '#step-%E2%80']) expect(decodedFragment(hash), hash).toBeUndefined();
  });
});
