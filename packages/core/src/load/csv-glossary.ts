import { parse } from 'csv-parse/sync';
import { diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import type { ParsedFile } from './parse-yaml.js';
import type { DocumentOrigin, SourceFile } from './source.js';

const REQUIRED = ['code', 'title'] as const;
const OPTIONAL = ['description', 'id', 'level'] as const;

interface CsvRecord {
  readonly record: string[];
  readonly raw: string;
  readonly info: { readonly lines: number };
}

/**
 * Reads a glossary exported from a spreadsheet: a header row naming the columns `code`,
 * `title` and optionally `description`, `id` and `level` (in any order, any case), then one
 * entry per row. The result is an ordinary glossary document whose positions point at cells.
 */
export function parseGlossaryCsv(file: SourceFile): ParsedFile {
  let records: CsvRecord[];
  try {
    records = parse(file.text.replace(/^\uFEFF/, ''), { info: true, raw: true, skip_empty_lines: true, relax_column_count: true }) as unknown as CsvRecord[];
  } catch (error) {
    const e = error as { message?: string; lines?: number; code?: string };
    const open = e.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuote(file.text) : undefined;
    const problem =
      open === undefined
        ? diagnostic('csv-syntax', firstSentence(e.message ?? 'unreadable CSV'), { file: file.path, position: { line: e.lines ?? 1, column: 1 } })
        : diagnostic('csv-syntax', 'this cell opens a double quote that is never closed', { file: file.path, position: open });
    return { documents: [], diagnostics: [problem], salvagedNames: new Set() };
  }
  const [header, ...rows] = records;
  if (header === undefined) return { documents: [], diagnostics: [], salvagedNames: new Set() };
  const names = header.record.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED.filter((name) => !names.includes(name));
  if (missing.length > 0) {
    const message = `the header row must name the columns ${REQUIRED.join(' and ')} (optional: ${OPTIONAL.join(', ')}); missing: ${missing.join(', ')}`;
    return { documents: [], diagnostics: [diagnostic('csv-missing-column', message, { file: file.path, position: { line: 1, column: 1 } })], salvagedNames: new Set() };
  }
  const known = new Set<string>([...REQUIRED, ...OPTIONAL]);
  const headerCells = cellPositions(header);
  // Spreadsheet exports carry columns of their own, which are left alone; a column whose name
  // is a near miss of a glossary column is a typo that would silently lose data.
  const unknownColumns = names.flatMap((name, i) => {
    const near = known.has(name) ? undefined : suggest(name, [...known]);
    return near === undefined ? [] : [diagnostic('unknown-field', `unknown column "${name}"; the columns are ${[...REQUIRED, ...OPTIONAL].join(', ')}`, { file: file.path, position: headerCells[i] }, near)];
  });
  const entries = rows.map((row) => {
    const entry: Record<string, string> = {};
    names.forEach((name, i) => {
      const cell = row.record[i]?.trim() ?? '';
      if (known.has(name) && (cell !== '' || name === 'title')) entry[name] = cell;
    });
    return entry;
  });
  const positions = rows.map((row) => cellPositions(row));
  const origin: DocumentOrigin = {
    file: file.path,
    locate: (path) => {
      const [first, index, field] = path;
      if (first !== 'entries' || typeof index !== 'number') return { line: 1, column: 1 };
      const cells = positions[index];
      if (cells === undefined) return { line: 1, column: 1 };
      const column = typeof field === 'string' ? names.indexOf(field) : -1;
      return cells[column] ?? cells[0];
    },
  };
  return { documents: [{ origin, value: { kind: 'glossary', entries } }], diagnostics: unknownColumns, salvagedNames: new Set() };
}

/** Where each cell of a record starts, counting quoted cells that span lines. */
function cellPositions(row: CsvRecord): SourcePosition[] {
  const body = row.raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '');
  let line = row.info.lines - (body.match(/\n/g)?.length ?? 0);
  let column = 1;
  let quoted = false;
  const starts: SourcePosition[] = [{ line, column }];
  for (const char of body) {
    if (char === '"') quoted = !quoted;
    if (char === '\n') {
      line += 1;
      column = 1;
      continue;
    }
    column += 1;
    if (char === ',' && !quoted) starts.push({ line, column });
  }
  return starts;
}

function firstSentence(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** Where the quote that is still open at the end of the text began: a quote opens only at the start of a cell. */
function unclosedQuote(text: string): SourcePosition | undefined {
  let open: SourcePosition | undefined;
  let line = 1;
  let column = 1;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open !== undefined) {
      if (c === '"' && text[i + 1] === '"') {
        i++;
        column++;
      } else if (c === '"') {
        open = undefined;
      }
    } else if (c === '"' && cellStart) {
      open = { line, column };
    }
    cellStart = open === undefined && (c === ',' || c === '\n');
    if (c === '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return open;
}
