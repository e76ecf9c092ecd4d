import { diagnostic, hasErrors, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import { restoreCell } from '../load/csv-cells.js';
import { cellPositions, readCsvRecords, rowLengthProblem } from '../load/csv-glossary.js';
import { schemaProblems } from '../load/schema-issues.js';
import type { Scenario } from '../model/model.js';
import type { DocumentInput } from '../schema/documents.js';
import { Inject } from '../schema/scenario.js';

/**
 * The columns of a master scenario events list, one inject a row, in the order they are written:
 * the module it belongs to, then the inject's own fields. Lists (`to`, `objectives`, `expects`)
 * are written in one cell, separated by semicolons; a step on another map than the module's
 * focus is written `map/step`.
 */
export const INJECT_COLUMNS = ['module', 'id', 'time', 'scenarioTime', 'from', 'to', 'medium', 'content', 'expects', 'objectives', 'contingency'] as const;
/** A column of the master scenario events list. */
export type InjectColumn = (typeof INJECT_COLUMNS)[number];
const REQUIRED: readonly InjectColumn[] = ['module', 'id', 'time', 'from', 'medium', 'content'];

type InjectInput = NonNullable<DocumentInput<'scenario'>['modules'][number]['injects']>[number];
type StepRef = { readonly map?: string | undefined; readonly step: string };

/**
 * A scenario's injects as rows of cells, header first, in the order of its modules: what `opcc scenario export-injects` writes.
 * @example
 * ```ts
 * const [header, ...rows] = injectRows(scenario); // header: module, id, time, …
 * ```
 */
export function injectRows(scenario: Pick<Scenario, 'modules'>): string[][] {
  const rows = scenario.modules.flatMap((m) =>
    m.injects.map((inject) => {
      const cells: Record<InjectColumn, string> = {
        module: m.id,
        id: inject.id,
        time: String(inject.time),
        scenarioTime: inject.scenarioTime ?? '',
        from: inject.from,
        to: inject.to.join('; '),
        medium: inject.medium,
        content: inject.content,
        expects: inject.expects.map(stepText).join('; '),
        objectives: inject.objectives.join('; '),
        contingency: inject.contingency === undefined ? '' : stepText(inject.contingency.unless),
      };
      return INJECT_COLUMNS.map((column) => cells[column]);
    }),
  );
  return [[...INJECT_COLUMNS], ...rows];
}

function stepText(ref: StepRef): string {
  return ref.map === undefined ? ref.step : `${ref.map}/${ref.step}`;
}

function stepRef(text: string): StepRef {
  const slash = text.indexOf('/');
  return slash < 0 ? { step: text } : { map: text.slice(0, slash), step: text.slice(slash + 1) };
}

function list(cell: string): string[] {
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The result of reading a master scenario events list. */
export interface InjectsImport {
  /** The injects of each module, by module id, in the order of the rows; undefined when the file had errors. */
  readonly injects?: ReadonlyMap<string, InjectInput[]>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads a master scenario events list from CSV text, with the columns {@link INJECT_COLUMNS}
 * in any order, checking every row against the inject schema and its module against the
 * scenario's modules. Each problem is reported at its row and cell. Put the result into the
 * scenario with {@link withInjects}; the references the injects make are checked when the model is.
 * @example
 * ```ts
 * const { injects, diagnostics } = importInjectsCsv(readFileSync('msel.csv', 'utf8'), scenario, 'msel.csv');
 * ```
 */
export function importInjectsCsv(text: string, scenario: Pick<Scenario, 'id' | 'modules'>, file = 'injects.csv'): InjectsImport {
  const read = readCsvRecords({ path: file, text }, 'injects');
  if ('problem' in read) return { diagnostics: [read.problem] };
  const [header, ...rows] = read.records;
  if (header === undefined) return { injects: new Map(), diagnostics: [] };
  const names = header.record.map((name) => name.trim());
  const headerCells = cellPositions(header);
  const known: readonly string[] = INJECT_COLUMNS;
  const diagnostics: Diagnostic[] = [];
  names.forEach((name, i) => {
    if (!known.includes(name)) {
      const fields = { field: name, parent: 'the header row', allowed: known, suggestion: suggest(name, known) };
      diagnostics.push(diagnostic('unknown-field', fields, { file, position: headerCells[i], path: ['columns', i] }));
    }
  });
  for (const column of REQUIRED.filter((c) => !names.includes(c))) {
    diagnostics.push(diagnostic('missing-field', { field: column, parent: 'the header row' }, { file, position: { line: 1, column: 1 } }));
  }
  if (hasErrors(diagnostics)) return { diagnostics };
  const modules = new Map(scenario.modules.map((m) => [m.id as string, m]));
  const injects = new Map<string, InjectInput[]>();
  for (const row of rows) {
    const cells = cellPositions(row);
    const misaligned = rowLengthProblem(file, row, names.length);
    if (misaligned !== undefined) {
      diagnostics.push(misaligned);
      continue;
    }
    // Content keeps its spacing (a Markdown block ends with a line break); every other cell is trimmed.
    const cell = (column: InjectColumn) => {
      const text = row.record[names.indexOf(column)] ?? '';
      return restoreCell(column === 'content' ? text : text.trim());
    };
    const at = (column: string): SourcePosition | undefined => cells[names.indexOf(column)] ?? cells[0];
    const module = cell('module');
    if (!modules.has(module)) {
      const fields = { kind: 'module', name: module, scenario: scenario.id, suggestion: suggest(module, modules.keys()) };
      diagnostics.push(diagnostic('unknown-module', fields, { file, position: at('module') }));
    }
    const value = injectFrom(cell, names);
    const result = Inject.safeParse(value);
    if (!result.success) {
      for (const problem of schemaProblems(result.error.issues, Inject, value)) {
        const column = String(problem.path[0] ?? 'id');
        diagnostics.push(diagnostic(problem.code, problem.fields, { file, position: at(column), path: problem.path }) as Diagnostic);
      }
      continue;
    }
    injects.set(module, [...(injects.get(module) ?? []), value]);
  }
  return hasErrors(diagnostics) ? { diagnostics } : { injects, diagnostics };
}

/** An inject as written from a row's cells; empty optional cells are left out. */
function injectFrom(cell: (column: InjectColumn) => string, names: readonly string[]): InjectInput {
  const time = cell('time');
  const optional = (column: InjectColumn) => names.includes(column) && cell(column) !== '';
  return {
    id: cell('id'),
    time: /^\d+$/.test(time) ? Number(time) : (time as unknown as number),
    ...(optional('scenarioTime') ? { scenarioTime: cell('scenarioTime') } : {}),
    from: cell('from'),
    to: list(cell('to')),
    medium: cell('medium') as InjectInput['medium'],
    content: cell('content'),
    expects: list(cell('expects')).map(stepRef),
    objectives: list(cell('objectives')),
    ...(optional('contingency') ? { contingency: { unless: stepRef(cell('contingency')) } } : {}),
  };
}

/**
 * A scenario document with the injects of each module replaced by those imported: a module that
 * the import does not name keeps none.
 * @example
 * ```ts
 * const { injects } = importInjectsCsv(csv, scenario);
 * if (injects !== undefined) writeFileSync('scenario.json', JSON.stringify({ kind: 'scenario', ...withInjects(scenario, injects) }));
 * ```
 */
export function withInjects<S extends { readonly modules: ReadonlyArray<{ readonly id: string }> }>(
  scenario: S,
  injects: ReadonlyMap<string, InjectInput[]>,
): S {
  return { ...scenario, modules: scenario.modules.map((m) => ({ ...m, injects: injects.get(m.id) ?? [] })) };
}
