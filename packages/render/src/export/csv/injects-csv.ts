import { injectRows, type Scenario } from '@opcc/core';
import { writeCsv, type CsvOptions } from './write-csv.js';

/**
 * A scenario's master scenario events list as a spreadsheet: one row per inject, in the columns
 * `importInjectsCsv` (in @opcc/core) reads back, so the round trip gives the same injects: the
 * import takes off the quotes that neutralising (on by default) adds.
 *
 * @example
 * writeFileSync('msel.csv', injectsCsv(scenario));
 */
export function injectsCsv(scenario: Pick<Scenario, 'modules'>, options: CsvOptions = {}): string {
  return writeCsv(injectRows(scenario), options);
}
