import { describe, expect, it } from 'vitest';
import { lineHeight, measureText } from './measure-text.js';
import { wrapText } from './wrap-text.js';

describe('measureText', () => {
  it('uses the Liberation Sans advance widths (Arial metrics)', () => {
    // Arial and Liberation Sans: "A" is 1366 units of 2048, a space 569, bold "A" 1479.
    expect(measureText('A', { size: 2048 })).toBe(1366);
    expect(measureText(' ', { size: 2048 })).toBe(569);
    expect(measureText('A', { size: 2048, bold: true })).toBe(1479);
    expect(measureText('AA', { size: 10 })).toBeCloseTo((2 * 1366 * 10) / 2048, 10);
  });

  it('measures unknown characters wide rather than narrow', () => {
    expect(measureText('\u4e2d', { size: 10 })).toBe(10);
  });
});

describe('wrapText', () => {
  const font = { size: 13 };

  it('breaks at spaces into lines that each fit the width', () => {
    const wrapped = wrapText('Consult the public and partners on priorities for policing', 120, font);
    expect(wrapped.lines.length).toBeGreaterThan(1);
    for (const line of wrapped.lines) expect(measureText(line, font)).toBeLessThanOrEqual(120);
    expect(wrapped.lines.join(' ')).toBe('Consult the public and partners on priorities for policing');
    expect(wrapped.height).toBe(wrapped.lines.length * lineHeight(font));
  });

  it('splits a word too long for a line between characters', () => {
    const wrapped = wrapText('Supercalifragilisticexpialidocious', 60, font);
    expect(wrapped.lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of wrapped.lines) expect(measureText(line, font)).toBeLessThanOrEqual(60);
  });

  it('may break after a hyphen or slash', () => {
    const wrapped = wrapText('duty-to-co-operate', 60, font);
    expect(wrapped.lines.join('')).toBe('duty-to-co-operate');
    expect(wrapped.lines.length).toBeGreaterThan(1);
  });

  it('cuts to the maximum number of lines with an ellipsis that still fits', () => {
    const wrapped = wrapText('one two three four five six seven eight nine ten', 40, font, 2);
    expect(wrapped.lines).toHaveLength(2);
    expect(wrapped.lines[1]?.endsWith('…')).toBe(true);
    expect(measureText(wrapped.lines[1] ?? '', font)).toBeLessThanOrEqual(40);
  });

  it('gives no lines for blank text', () => {
    expect(wrapText('   ', 100, font).lines).toEqual([]);
  });
});
