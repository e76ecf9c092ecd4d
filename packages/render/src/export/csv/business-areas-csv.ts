import type { Model } from '@opcc/core';
import { writeCsv, type CsvOptions } from './write-csv.js';

const COLUMNS = ['collaboration', 'area', 'title', 'phase', 'lead', 'start', 'due', 'planned savings', 'realised savings', 'codes', 'description'];

/**
 * Every collaboration's business areas as one spreadsheet, a row per area: where it stands, who
 * leads it, its dates and savings (in pounds) and the glossary codes it covers (space-separated).
 *
 * @example
 * writeFileSync('business-areas.csv', businessAreasCsv(model, { neutralise: false }));
 */
export function businessAreasCsv(model: Model, options: CsvOptions = {}): string {
  const title = new Map(model.parties.map((p) => [p.id as string, p.title]));
  const rows = model.collaborations.flatMap((c) =>
    c.businessAreas.map((a) => [
      c.title,
      a.id,
      a.title,
      a.phase,
      a.lead === undefined ? '' : (title.get(a.lead) ?? a.lead),
      a.start ?? '',
      a.due ?? '',
      a.savings?.planned === undefined ? '' : String(a.savings.planned),
      a.savings?.realised === undefined ? '' : String(a.savings.realised),
      a.codes.join(' '),
      a.description ?? '',
    ]),
  );
  return writeCsv([COLUMNS, ...rows], options);
}
