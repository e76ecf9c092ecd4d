import type { SourcePosition } from '@opcc/core';

/**
 * Where each `id="…"` attribute of an XML text starts, by id, so that a problem with an element
 * can be reported at its line and column (bpmn-moddle keeps no positions).
 */
export function idPositions(xml: string): (id: string | undefined) => SourcePosition | undefined {
  const lineStarts = [0];
  for (let i = xml.indexOf('\n'); i >= 0; i = xml.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offsets = new Map<string, number>();
  for (const match of xml.matchAll(/<[\w:.-]+\s[^>]*?\bid\s*=\s*(["'])(.*?)\1/g)) {
    if (match[2] !== undefined && !offsets.has(match[2])) offsets.set(match[2], match.index);
  }
  return (id) => {
    const offset = id === undefined ? undefined : offsets.get(id);
    return offset === undefined ? undefined : positionAt(lineStarts, offset);
  };
}

/** The line and column (from 1) of a character offset. */
export function positionAt(lineStarts: readonly number[], offset: number): SourcePosition {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}
