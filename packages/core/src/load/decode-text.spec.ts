import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeModelText, firstInvalidByte } from './decode-text.js';

const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const problemOf = (data: Uint8Array) => {
  const { problem } = decodeModelText({ path: 'f.yaml', bytes: data });
  return problem === undefined ? undefined : { line: problem.line, column: problem.column, message: problem.message };
};

describe('decodeModelText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeModelText({ path: 'f.yaml', bytes: bytes('title: Café £5 – ‘ok’ 🚓\n') }).text).toBe('title: Café £5 – ‘ok’ 🚓\n');
    expect(decodeModelText({ path: 'f.yaml', bytes: bytes([0xef, 0xbb, 0xbf], 'kind: model\n') }).text).toBe('kind: model\n');
  });

  it('points at a Windows-1252 curly apostrophe, counting the characters before it on its line', () => {
    expect(problemOf(bytes('kind: parties\ntitle: Café Commissioner', [0x92], 's office\n'))).toEqual({
      line: 2,
      column: 25,
      message: expect.stringContaining('byte 0x92 (in Windows-1252, as Excel and Word save, it is "’")') as string,
    });
  });

  it('says to save as UTF-8, and names the character a Latin-1 byte stands for', () => {
    const found = problemOf(bytes('code,title\n1,', [0xa3], '5 fund\n'));
    expect(found).toMatchObject({ line: 2, column: 3 });
    expect(found?.message).toContain('"£"');
    expect(found?.message).toContain('save the file as UTF-8');
  });

  it('does not count a byte-order mark as a column', () => {
    expect(problemOf(bytes([0xef, 0xbb, 0xbf], 'a', [0xe9]))).toMatchObject({ line: 1, column: 2 });
  });

  it('points at the start of a character cut short, an overlong form or a surrogate', () => {
    expect(firstInvalidByte(bytes('ab', [0xe2, 0x80]))).toBe(2);
    expect(firstInvalidByte(bytes('ab', [0xe2, 0x80, 0x41]))).toBe(2);
    expect(firstInvalidByte(bytes([0xc0, 0x80]))).toBe(0);
    expect(firstInvalidByte(bytes('x', [0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidByte(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidByte(bytes('é🚓'))).toBe(6);
  });

  it('finds a bad byte exactly when the platform decoder refuses the bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (data) => {
        let valid = true;
        try {
          strict.decode(data);
        } catch {
          valid = false;
        }
        expect(firstInvalidByte(data) === data.length).toBe(valid);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('says a file with a UTF-16 byte-order mark is UTF-16', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'kind: model\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(problemOf(utf16)).toEqual({ line: 1, column: 1, message: expect.stringContaining('UTF-16') as string });
  });

  it('refuses NUL characters, which UTF-8 allows but no text file has, and says UTF-16 when every other byte is NUL', () => {
    const noMark = new Uint8Array([...'kind: x\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(problemOf(noMark)).toEqual({ line: 1, column: 2, message: expect.stringContaining('UTF-16') as string });
    expect(problemOf(bytes('kind: model\ntitle: a', [0], 'b\n'))).toEqual({
      line: 2,
      column: 9,
      message: expect.stringContaining('not a text file') as string,
    });
  });

  it('never replaces a bad byte silently', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 60 }), (data) => {
        const decoded = decodeModelText({ path: 'f.yaml', bytes: data });
        if (decoded.text !== undefined)
          expect(new TextEncoder().encode(decoded.text).length).toBe(data.length - (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0));
        else expect(decoded.problem.code).toBe('file-encoding');
      }),
      { seed: 11, numRuns: 1000 },
    );
  });
});
