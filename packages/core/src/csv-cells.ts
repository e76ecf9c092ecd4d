/**
 * @packageDocumentation
 * The one rule for spreadsheet cells (a quote before a cell a spreadsheet would run as a formula,
 * taken off again on import), with no dependency at all: a browser script that writes a CSV, such
 * as the site's after-action draft, bundles these few lines instead of the whole of core.
 */
export { neutraliseCell, restoreCell } from './load/csv-cells.js';
