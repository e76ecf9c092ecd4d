import { neutraliseCell } from '@opcc/core';
import { stringify } from 'csv-stringify/sync';

/** Options of every spreadsheet export. */
export interface CsvOptions {
  /**
   * Put a single quote before any cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
   * return, so that a spreadsheet shows it as text instead of running it as a formula (OWASP's
   * advice against CSV injection), and one more before a cell that already begins so, so that the
   * importers in @opcc/core take off exactly the quote added (`neutraliseCell` and `restoreCell`
   * there). On by default; turn it off for programs that are not spreadsheets.
   */
  readonly neutralise?: boolean;
}

/**
 * Rows as RFC 4180 CSV: CRLF line ends, a cell in double quotes when it holds a comma, a quote
 * or a line break, a quote inside written twice. Cells are neutralised unless told not to.
 */
export function writeCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const safe = options.neutralise === false ? rows : rows.map((row) => row.map(neutraliseCell));
  return stringify(safe as string[][], { record_delimiter: '\r\n', quote_record_delimiter: true });
}
