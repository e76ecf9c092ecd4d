import { describe, expect, it } from 'vitest';
import { fitScale, openingScale, READABLE_PX, readableScale, smallestScale } from './map-scale.js';

const wide = { width: 3800, height: 600, smallestLabel: 11 };
const small = { width: 1100, height: 400, smallestLabel: 11 };

describe('map scales', () => {
  it('keeps the smallest label readable when a wide map is fitted, and says it is too wide', () => {
    const fit = fitScale(wide, { width: 1300, height: 576 });
    expect(fit.scale * wide.smallestLabel).toBeGreaterThanOrEqual(READABLE_PX);
    expect(fit.tooWide).toBe(true);
  });

  it('fits a small map whole, and opens it no larger than a quarter up', () => {
    expect(fitScale(small, { width: 1300, height: 576 })).toEqual({ scale: 1300 / 1100, tooWide: false });
    expect(openingScale(small, { width: 2000, height: 1000 }).scale).toBe(1.25);
  });

  it('fits the height of a map that is tall for its box, when its labels stay readable', () => {
    const tall = { width: 800, height: 1000, smallestLabel: 9 };
    const fit = fitScale(tall, { width: 1300, height: 1000 });
    expect(fit.scale).toBeCloseTo(readableScale(tall));
    // Tiny labels win over the height: the map then scrolls.
    expect(fitScale({ ...tall, smallestLabel: 4 }, { width: 1300, height: 500 }).scale).toBe(11 / 4);
  });

  it('lets the zoom-out button show the whole map', () => {
    expect(smallestScale(wide, { width: 1300, height: 576 })).toBeCloseTo(1300 / 3800);
  });
});
