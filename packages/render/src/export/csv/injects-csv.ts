import { injectRows, type Scenario } from '@opcc/core';
import { writeCsv, type CsvOptions } from './write-csv.js';

/** A cell that already begins with the quote neutralising adds, before a formula character or another quote. */
const LOOKS_NEUTRALISED = /^'[=+\-@\t\r']/;

/**
 * A scenario's master scenario events list as a spreadsheet: one row per inject, in the columns
 * `importInjectsCsv` (in @opcc/core) reads back, so the round trip gives the same injects. When
 * cells are neutralised, a cell that already looks neutralised gets one more quote, so that
 * reading it back takes off only the quote the export added.
 *
 * @example
 * writeFileSync('msel.csv', injectsCsv(scenario));
 */
export function injectsCsv(scenario: Pick<Scenario, 'modules'>, options: CsvOptions = {}): string {
  const rows = injectRows(scenario);
  const escaped = options.neutralise === false ? rows : rows.map((row) => row.map((cell) => (LOOKS_NEUTRALISED.test(cell) ? `'${cell}` : cell)));
  return writeCsv(escaped, options);
}
