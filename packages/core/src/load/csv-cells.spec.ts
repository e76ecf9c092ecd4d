import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from './csv-cells.js';

const TEXTS = ['=HYPERLINK("x")', '+1', '-2', '- item', '@SUM(A1)', '\tx', '\rx', 'plain', "'tis", "'- item", "''- item", "'=1", "''", "'", '', 'a-b'];

describe('neutraliseCell and restoreCell', () => {
  it('put a quote before every cell a spreadsheet would run as a formula', () => {
    expect(['=1', '+1', '-1', '@A1', '\tx', '\rx'].map(neutraliseCell)).toEqual(["'=1", "'+1", "'-1", "'@A1", "'\tx", "'\rx"]);
    expect(['plain', "'tis", 'a-b', ''].map(neutraliseCell)).toEqual(['plain', "'tis", 'a-b', '']);
  });

  it('give back exactly the text, even text that already begins as a neutralised cell does', () => {
    for (const text of TEXTS) expect(restoreCell(neutraliseCell(text)), JSON.stringify(text)).toBe(text);
    expect(neutraliseCell("'- item")).toBe("''- item");
  });

  it('take off only the quote an export adds', () => {
    expect(restoreCell("'- item")).toBe('- item');
    expect(restoreCell("'tis")).toBe("'tis");
    expect(restoreCell('plain')).toBe('plain');
  });
});
