/*
 * One rule for every CSV the tools write and read back. A spreadsheet runs a cell that begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, so an export puts a single quote
 * before it (OWASP's advice against CSV injection), and an import takes that quote off again. A
 * cell whose own text already begins with such a quote gets one more on the way out, so that
 * reading it back takes off only the quote the export added: the round trip is exact.
 */

/** A cell a spreadsheet would run as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell that begins with the quote {@link neutraliseCell} adds: before a formula character, or before another quote. */
const NEUTRALISED = /^'[=+\-@\t\r']/;

/**
 * A cell made safe to open in a spreadsheet: a single quote before a cell that would run as a
 * formula, and before one that already begins as a neutralised cell does, so that
 * {@link restoreCell} gives back exactly the text.
 * @example
 * ```ts
 * neutraliseCell('=SUM(A1:A9)'); // "'=SUM(A1:A9)"
 * neutraliseCell("'- item"); // "''- item"
 * neutraliseCell('Governance'); // 'Governance'
 * ```
 */
export function neutraliseCell(cell: string): string {
  return FORMULA_START.test(cell) || NEUTRALISED.test(cell) ? `'${cell}` : cell;
}

/**
 * A cell read from a CSV as it was before {@link neutraliseCell}: the one quote an export put
 * before a formula character (or before another quote) taken off. Other text is left as it is.
 * @example
 * ```ts
 * restoreCell("'- item"); // '- item'
 * restoreCell("''- item"); // "'- item"
 * restoreCell("'tis"); // "'tis"
 * ```
 */
export function restoreCell(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
