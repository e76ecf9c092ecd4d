import { parse } from 'csv-parse/sync';
import { diagnostic, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import { restoreCell } from './csv-cells.js';
import type { ParsedFile } from './parse-yaml.js';
import type { DocumentOrigin, SourceFile } from './source.js';

const REQUIRED = ['code', 'title'] as const;
const OPTIONAL = ['description', 'id', 'level'] as const;

/** A record as csv-parse gives it with `info` and `raw`: its cells, its text and the line it ends on. */
export interface CsvRecord {
  readonly record: string[];
  readonly raw: string;
  readonly info: { readonly lines: number };
}

/**
 * Reads a glossary exported from a spreadsheet: a header row naming the columns `code`,
 * `title` and optionally `description`, `id` and `level` (in any order, any case), then one
 * entry per row. The result is an ordinary glossary document whose positions point at cells.
 * A cell an export neutralised (`'- item`) is read as the text it was (`- item`), see {@link restoreCell}.
 * Every structural fault (a column named twice or not at all, a column the glossary does not
 * have, a row with more or fewer cells than the header) gets one diagnostic at its cell; a
 * faulty row is left out, and its code still counts as declared, so nothing else is reported
 * as missing it.
 */
export function parseGlossaryCsv(file: SourceFile): ParsedFile {
  const read = readCsvRecords(file, 'glossary');
  if ('problem' in read) return { documents: [], diagnostics: [read.problem], salvagedNames: new Set() };
  const [header, ...rows] = read.records;
  if (header === undefined) return { documents: [], diagnostics: [], salvagedNames: new Set() };
  const names = header.record.map((name) => name.trim().toLowerCase());
  const headerCells = cellPositions(header);
  const known: readonly string[] = [...REQUIRED, ...OPTIONAL];
  const missing = REQUIRED.filter((name) => !names.includes(name));
  if (missing.length > 0) {
    const unknown = names.filter((name) => name !== '' && !known.includes(name));
    const fields = { missing, unknown, required: REQUIRED, optional: OPTIONAL };
    return {
      documents: [],
      diagnostics: [diagnostic('csv-missing-column', fields, { file: file.path, position: { line: 1, column: 1 } })],
      salvagedNames: new Set(),
    };
  }
  const diagnostics = names.flatMap((name, i) => headerProblems(file.path, names, i, headerCells[i]));
  const salvagedNames = new Set<string>();
  const kept: CsvRecord[] = [];
  for (const row of rows) {
    const problem = rowLengthProblem(file.path, row, names.length);
    if (problem === undefined) {
      kept.push(row);
    } else {
      diagnostics.push(problem);
      const code = row.record[names.indexOf('code')]?.trim();
      if (code) salvagedNames.add(code);
    }
  }
  // A column named twice is read from its first cell; the second is reported above.
  const columnOf = new Map<string, number>();
  names.forEach((name, i) => {
    if (known.includes(name) && !columnOf.has(name)) columnOf.set(name, i);
  });
  const entries = kept.map((row) => {
    const entry: Record<string, string> = {};
    for (const [name, i] of columnOf) {
      const cell = restoreCell(row.record[i]?.trim() ?? '');
      if (cell !== '' || name === 'title') entry[name] = cell;
    }
    return entry;
  });
  const positions = kept.map((row) => cellPositions(row));
  const origin: DocumentOrigin = {
    file: file.path,
    locate: (path) => {
      const [first, index, field] = path;
      if (first !== 'entries' || typeof index !== 'number') return { line: 1, column: 1 };
      const cells = positions[index];
      if (cells === undefined) return { line: 1, column: 1 };
      const column = typeof field === 'string' ? (columnOf.get(field) ?? -1) : -1;
      return cells[column] ?? cells[0];
    },
  };
  return { documents: [{ origin, value: { kind: 'glossary', entries }, shallow: true }], diagnostics, salvagedNames };
}

/** A header cell that is blank, names a column a second time, or names a column the glossary does not have. */
function headerProblems(path: string, names: readonly string[], i: number, position: SourcePosition | undefined): Diagnostic[] {
  const name = names[i] ?? '';
  const where = { file: path, position, path: ['columns', i] };
  const known: readonly string[] = [...REQUIRED, ...OPTIONAL];
  if (name === '') {
    return [diagnostic('csv-blank-column', { column: i + 1, allowed: known }, where)];
  }
  if (names.indexOf(name) < i) {
    return [diagnostic('csv-duplicate-column', { column: name, first: names.indexOf(name) + 1, second: i + 1 }, where)];
  }
  if (known.includes(name)) return [];
  return [diagnostic('unknown-field', { column: name, allowed: known, suggestion: suggest(name, known) }, where)];
}

/**
 * The records of a CSV file with the place of every cell, or the one fault csv-parse could not
 * read past, at its cell. `table` says what the file was read as, for the message.
 */
export function readCsvRecords(file: SourceFile, table: 'glossary' | 'injects'): { readonly records: CsvRecord[] } | { readonly problem: Diagnostic } {
  try {
    const options = { info: true, raw: true, skip_empty_lines: true, relax_column_count: true } as const;
    return { records: parse(file.text.replace(/^\uFEFF/, ''), options) as unknown as CsvRecord[] };
  } catch (error) {
    return { problem: csvSyntaxProblem(file, error, table) };
  }
}

/** A row whose cells do not line up with the header's columns: a stray comma, or cells left out. */
export function rowLengthProblem(path: string, row: CsvRecord, columns: number): Diagnostic | undefined {
  const count = row.record.length;
  if (count === columns) return undefined;
  const cells = cellPositions(row);
  if (count > columns) return diagnostic('csv-row-length', { cells: count, columns }, { file: path, position: cells[columns] });
  const last = cells.at(-1);
  const end = last === undefined ? undefined : { line: last.line, column: last.column + (row.record.at(-1)?.length ?? 0) };
  return diagnostic('csv-row-length', { cells: count, columns }, { file: path, position: end });
}

/** csv-parse stops at the first fault it cannot read past; this says what it is, at its cell. */
function csvSyntaxProblem(file: SourceFile, error: unknown, table: 'glossary' | 'injects'): Diagnostic {
  const e = error as { message?: string; lines?: number; code?: string; index?: number };
  const open = e.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuote(file.text) : undefined;
  if (open !== undefined)
    return diagnostic('csv-syntax', { detail: 'this cell opens a double quote that is never closed', table }, { file: file.path, position: open });
  const line = e.lines ?? 1;
  const explained = e.code === undefined ? undefined : CSV_ERRORS[e.code];
  const detail = explained ?? lowerFirst(firstSentence(e.message ?? 'unreadable CSV'));
  return diagnostic('csv-syntax', { detail, table }, { file: file.path, position: { line, column: cellStart(file.text, line, e.index ?? 0) } });
}

const QUOTE_INSIDE = 'write a double quote inside a cell as two, and put the whole cell in double quotes: "say ""yes"""';
const CSV_ERRORS: Partial<Record<string, string>> = {
  CSV_INVALID_CLOSING_QUOTE: `a cell in double quotes must end at its closing quote, but text follows it; ${QUOTE_INSIDE}`,
  INVALID_OPENING_QUOTE: `a double quote in the middle of a cell; ${QUOTE_INSIDE}`,
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: `text follows the closing quote of a cell; ${QUOTE_INSIDE}`,
};

/** The column where cell `index` of line `line` starts, counting quoted commas as text. */
function cellStart(text: string, line: number, index: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const end = text.indexOf('\n', offset);
    if (end < 0) return 1;
    offset = end + 1;
  }
  const end = text.indexOf('\n', offset);
  const rest = text.slice(offset, end < 0 ? undefined : end);
  let cell = 0;
  let quoted = false;
  for (let i = 0; i < rest.length; i++) {
    if (cell === index) return i + 1;
    if (rest[i] === '"') quoted = !quoted;
    else if (rest[i] === ',' && !quoted) cell++;
  }
  return cell === index ? rest.length + 1 : 1;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Where each cell of a record starts, counting quoted cells that span lines. */
export function cellPositions(row: CsvRecord): SourcePosition[] {
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
