import { diagnostic, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { positionAt } from './text-position.js';

/** A model file's bytes with its path relative to the model folder, as read from disk. */
export interface SourceBytes {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** The text of a file, or the one diagnostic that says why it is not UTF-8 text. */
export type DecodedText = { readonly text: string; readonly problem?: undefined } | { readonly text?: undefined; readonly problem: Diagnostic };

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8');

/**
 * Decodes a model file as UTF-8, refusing anything else. A file saved as Windows-1252 (Excel's
 * and Word's default) or UTF-16 would otherwise be decoded into replacement characters (�) or
 * stray NULs without a word; here it gets a diagnostic at the first byte that is not UTF-8. A
 * UTF-8 byte-order mark is accepted. Valid files take the fast path: one native decode.
 */
export function decodeModelText(source: SourceBytes): DecodedText {
  const { bytes, path } = source;
  const endian = utf16Endian(bytes);
  if (endian !== undefined) return { problem: diagnostic('file-encoding', { found: 'utf-16', endian }, { file: path, position: { line: 1, column: 1 } }) };
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    // Valid UTF-8 that still cannot be decoded is longer than a string can be.
    if (at >= bytes.length) {
      return {
        problem: diagnostic(
          'file-unreadable',
          { reason: `at ${Math.round(bytes.length / 1e6)} MB it is too big to be a model file` },
          {
            file: path,
            position: { line: 1, column: 1 },
          },
        ),
      };
    }
    const byte = bytes[at] ?? 0;
    const fields = { found: 'invalid-byte', byte, windows1252: byte >= 0x80 ? windows1252(byte) : undefined } as const;
    return { problem: diagnostic('file-encoding', fields, { file: path, position: positionOfByte(bytes, at) }) };
  }
  const problem = nulProblem(text, path);
  return problem === undefined ? { text } : { problem };
}

/**
 * A NUL character has no place in a text file: it means the file is binary, or UTF-16 whose
 * byte-order mark was lost. Also checked for text that was decoded before it reached the loader.
 */
export function nulProblem(text: string, path: string): Diagnostic | undefined {
  const at = text.indexOf('\u0000');
  if (at < 0) return undefined;
  const utf16 = text.length > 1 && (text.charCodeAt(at + 1) === 0 || text.charCodeAt(at - 1) === 0 || isUtf16Pattern(text, at));
  return diagnostic('file-encoding', { found: 'nul', utf16 }, { file: path, position: positionAt(text, at) });
}

/** In UTF-16 text of mostly Latin letters every other byte is NUL. */
function isUtf16Pattern(text: string, at: number): boolean {
  return text.charCodeAt(at + 2) === 0 || (at >= 2 && text.charCodeAt(at - 2) === 0);
}

function utf16Endian(bytes: Uint8Array): 'little' | 'big' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big';
  return undefined;
}

/** The index of the first byte that is not part of a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlong forms, surrogates or values past U+10FFFF).
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      // The lead byte starts a character that is cut short: point at it, where the character begins.
      if (k === 1 ? c < low || c > high : c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** The line and column of a byte, counting characters of the valid text before it on its line. */
function positionOfByte(bytes: Uint8Array, at: number): SourcePosition {
  const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < lineStart; i = bytes.indexOf(0x0a, i + 1)) line++;
  const before = lenient.decode(bytes.subarray(lineStart, at)).replace(/^\uFEFF/, '');
  return { line, column: [...before].length + 1 };
}

function windows1252(byte: number): string {
  return byte >= 0xa0 ? String.fromCharCode(byte) : (WINDOWS_1252_C1[byte - 0x80] ?? '?');
}

/** What Windows-1252 makes of the bytes 0x80 to 0x9F, the ones Excel and Word use for curly quotes, dashes and €. */
const WINDOWS_1252_C1 = [
  '€',
  '?',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '?',
  'Ž',
  '?',
  '?',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '?',
  'ž',
  'Ÿ',
];
