import { neutraliseCell as fromCore } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../index.js';

describe('neutraliseCell from @opcc/render', () => {
  it('is still exported, as the same function core exports', () => {
    expect(neutraliseCell).toBe(fromCore);
    expect(neutraliseCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
  });
});
