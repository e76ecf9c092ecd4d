import { describe, expect, it } from 'vitest';
import type { ProcessMap } from '@opcc/core';
import { guide } from './index.js';

/** Every string anywhere in a value, so a check on wording covers all of the model's text. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

const allText = textsOf(guide);

const mapById = (id: string): ProcessMap => {
  const found = guide.maps.find((m) => m.id === id);
  if (found === undefined) throw new Error(`no process map ${id}`);
  return found;
};

describe('the law is current (the Policing Protocol Order 2023)', () => {
  it('cites the 2011 Protocol Order only as revoked or replaced', () => {
    const stale = allText.filter((t) => /Protocol Order 2011/i.test(t) && !/replac|revok/i.test(t));
    expect(stale).toEqual([]);
  });

  it('has the 2023 Order as a reference and no reference to the 2011 Order', () => {
    const protocol = guide.references.find((r) => r.id === 'policing-protocol-order-2023');
    expect(protocol?.href).toBe('https://www.legislation.gov.uk/uksi/2023/649/contents');
    expect(guide.references.filter((r) => r.href?.includes('uksi/2011/2744') === true || /protocol.*2011/i.test(r.id))).toEqual([]);
  });

  it('says the date the content is correct as at', () => {
    expect(guide.asAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Date.parse(guide.asAt ?? '')).toBeGreaterThanOrEqual(Date.parse('2023-07-03'));
  });
});
