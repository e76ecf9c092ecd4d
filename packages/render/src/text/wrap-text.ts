import { lineHeight, measureText, type FontSpec } from './measure-text.js';

/** Text broken into lines that each fit a width, with the size of the block. */
export interface WrappedText {
  readonly lines: readonly string[];
  readonly font: FontSpec;
  /** The width of the widest line. */
  readonly width: number;
  /** The height of the block: lines times line height. */
  readonly height: number;
}

interface Token {
  readonly text: string;
  /** True when a space followed the token in the original text. */
  readonly spaced: boolean;
}

/**
 * Breaks text into lines no wider than `maxWidth` at spaces (and after hyphens and slashes);
 * a word too long for a line is split between characters. At most `maxLines` lines are kept,
 * the last one ending in an ellipsis when text was cut.
 * @example
 * ```ts
 * wrapText('Publish the police and crime plan', 90, { size: 12 }, 2).lines; // at most two lines, each at most 90 pixels wide
 * ```
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec, maxLines = Number.POSITIVE_INFINITY): WrappedText {
  const lines: string[] = [];
  const space = measureText(' ', font);
  let current = '';
  let width = 0;
  let spaced = false;
  for (const token of tokenize(text)) {
    const tokenWidth = measureText(token.text, font);
    const candidateWidth = current === '' ? tokenWidth : width + (spaced ? space : 0) + tokenWidth;
    if (candidateWidth <= maxWidth) {
      current = current === '' ? token.text : current + (spaced ? ' ' : '') + token.text;
      width = candidateWidth;
    } else {
      if (current !== '') lines.push(current);
      const pieces = splitLongWord(token.text, maxWidth, font);
      lines.push(...pieces.slice(0, -1));
      current = pieces[pieces.length - 1] ?? '';
      width = measureText(current, font);
    }
    spaced = token.spaced;
  }
  if (current !== '') lines.push(current);
  const kept = lines.length > maxLines ? truncate(lines, maxLines, maxWidth, font) : lines;
  return {
    lines: kept,
    font,
    width: Math.max(0, ...kept.map((l) => measureText(l, font))),
    height: kept.length * lineHeight(font),
  };
}

// Words split at spaces; "Police/crime" and "co-operate" may also break after the slash or hyphen.
function tokenize(text: string): Token[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  return words.flatMap((word) => {
    if (!word.includes('-') && !word.includes('/')) return [{ text: word, spaced: true }];
    const parts = word.split(/(?<=[-/])(?=.)/);
    return parts.map((part, i) => ({ text: part, spaced: i === parts.length - 1 }));
  });
}

function splitLongWord(word: string, maxWidth: number, font: FontSpec): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && measureText(piece + char, font) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}

function truncate(lines: readonly string[], maxLines: number, maxWidth: number, font: FontSpec): string[] {
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''}…`;
  while (last.length > 1 && measureText(last, font) > maxWidth) last = `${last.slice(0, -2)}…`;
  kept[maxLines - 1] = last;
  return kept;
}
