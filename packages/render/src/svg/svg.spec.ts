import { describe, expect, it } from 'vitest';
import { contrastRatio } from './colour-contrast.js';
import { escapeXml } from './escape.js';
import { formatNumber } from './format-number.js';
import { element, text } from './markup.js';
import { TEXT_ON_FILL } from './palette.js';

describe('escapeXml', () => {
  it('escapes the five markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u001bc\ud800d')).toBe('abcd');
    expect(escapeXml('tab\tnew\nline')).toBe('tab\tnew\nline');
  });
});

describe('element', () => {
  it('escapes attribute values and text, rounds numbers, and leaves out undefined and false', () => {
    expect(element('text', { x: 1.23456, y: -0.001, 'aria-label': '"><script>', hidden: false, skip: undefined }, [text('<b>')])).toBe(
      '<text x="1.2" y="0" aria-label="&quot;&gt;&lt;script&gt;">&lt;b&gt;</text>',
    );
  });

  it('refuses element and attribute names that are not plain names', () => {
    expect(() => element('g onload', {})).toThrow(TypeError);
    expect(() => element('g', { 'x" onload="alert(1)': 'y' })).toThrow(TypeError);
  });
});

describe('formatNumber', () => {
  it('rounds to one decimal without negative zero', () => {
    expect(formatNumber(1.04)).toBe('1');
    expect(formatNumber(2.36)).toBe('2.4');
    expect(formatNumber(1973.8642578125)).toBe('1973.9');
    expect(formatNumber(-0.04)).toBe('0');
    expect(formatNumber(100)).toBe('100');
  });
});

describe('palette', () => {
  it('gives every text colour at least 4.5:1 contrast against every fill it is drawn on (WCAG AA)', () => {
    for (const [fg, bg] of TEXT_ON_FILL) expect(contrastRatio(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it('computes the known contrast of black on white', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
