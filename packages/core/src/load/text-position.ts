import type { SourcePosition } from '../diagnostics/diagnostic.js';

/** The line and column of an offset in a text, counting characters as an editor does and leaving out a byte-order mark. */
export function positionAt(text: string, offset: number): SourcePosition {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: [...text.slice(lineStart, offset).replace(/^\uFEFF/, '')].length + 1 };
}
