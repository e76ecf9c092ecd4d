import { describe, expect, it } from 'vitest';
import { balanceBidi, carriesDirection, isolatedPlainText } from './bidi.js';

const [LRE, RLE, PDF, LRO, RLO] = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'];
const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069'];

describe('balanceBidi', () => {
  it('closes the overrides, embeddings and isolates a text leaves open, innermost first', () => {
    expect(balanceBidi(`abc${RLO}def`)).toBe(`abc${RLO}def${PDF}`);
    expect(balanceBidi(`${LRE}a${RLI}b${LRO}c`)).toBe(`${LRE}a${RLI}b${LRO}c${PDF}${PDI}${PDF}`);
  });

  it('keeps what is closed, and lets a pop of an isolate close the embeddings inside it', () => {
    expect(balanceBidi(`${RLE}a${PDF} ${LRI}b${PDI}`)).toBe(`${RLE}a${PDF} ${LRI}b${PDI}`);
    expect(balanceBidi(`${FSI}a${RLO}b${PDI}c`)).toBe(`${FSI}a${RLO}b${PDI}c`);
  });

  it('drops a pop with nothing of its own to close, which would close what the page opened', () => {
    expect(balanceBidi(`a${PDI}${RLO}b`)).toBe(`a${RLO}b${PDF}`);
    expect(balanceBidi(`a${PDF}b`)).toBe('ab');
    // A pop of an embedding does not reach out of an isolate.
    expect(balanceBidi(`${RLE}${LRI}a${PDF}b`)).toBe(`${RLE}${LRI}ab${PDI}${PDF}`);
  });

  it('leaves text without controls as it is', () => {
    expect(balanceBidi('Engage & Consult')).toBe('Engage & Consult');
  });
});

describe('carriesDirection and isolatedPlainText', () => {
  it('isolate text with bidi controls, marks or right-to-left letters, and leave other text alone', () => {
    for (const text of [`a${RLO}b`, 'a\u200Fb', 'שלום', 'مرحبا', 'a\u061Cb', '\u{10900}']) expect(carriesDirection(text), text).toBe(true);
    for (const text of ['Engage & Consult', 'Café 1.1.2.8', '£5 — “quoted”', '日本語']) expect(carriesDirection(text), text).toBe(false);
    expect(isolatedPlainText('Plan')).toBe('Plan');
    expect(isolatedPlainText(`a${PDI}${RLO}b`)).toBe(`${FSI}a${RLO}b${PDF}${PDI}`);
  });
});
