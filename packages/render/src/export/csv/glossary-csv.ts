import type { Model } from '@opcc/core';
import { writeCsv, type CsvOptions } from './write-csv.js';

/** The columns of the glossary spreadsheet, as the glossary CSV import reads them. */
export const GLOSSARY_COLUMNS = ['code', 'title', 'description', 'id', 'level'] as const;

/**
 * The glossary as a spreadsheet, one entry per row in code order, in the columns the model's
 * CSV glossary import reads, so the file can be edited and read back. Outcomes are not written:
 * the CSV import has no column for them.
 *
 * @example
 * writeFileSync('glossary.csv', glossaryCsv(model));
 * const { glossary } = importGlossaryCsv(readFileSync('glossary.csv', 'utf8'));
 */
export function glossaryCsv(model: Model, options: CsvOptions = {}): string {
  const rows = model.glossary.entries.map((e) => [e.code, e.title, e.description ?? '', e.id, e.level ?? '']);
  return writeCsv([[...GLOSSARY_COLUMNS], ...rows], options);
}
