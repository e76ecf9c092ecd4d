import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { loadModelFromFiles } from '../load/load-model.js';
import { importInjectsCsv, injectRows, withInjects } from './inject-csv.js';

const examplesDir = fileURLToPath(new URL('../../../../examples/authoring', import.meta.url));
const examples = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => ({ path: entry.name, text: readFileSync(join(examplesDir, entry.name), 'utf8') }));
const scenario = loadModelFromFiles(examples).model.scenarios[0];
if (scenario === undefined) throw new Error('the authoring examples hold a scenario');

/** Rows as CSV, as a spreadsheet saves them: a cell in quotes only when it must be. No neutralising: that is the export's business. */
const csv = (rows: string[][]) => rows.map((row) => row.map((c) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',')).join('\r\n') + '\r\n';

describe('a master scenario events list', () => {
  it('has a header and one row per inject, in module order', () => {
    const rows = injectRows(scenario);
    expect(rows[0]).toEqual(['module', 'id', 'time', 'scenarioTime', 'from', 'to', 'medium', 'content', 'expects', 'objectives', 'contingency']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[8], r[10]])).toEqual([
      ['planning', 'email-from-commissioner', '5', 'consult', ''],
      ['planning', 'reminder', '20', '', 'consult'],
    ]);
  });

  it('reads back into the same injects', () => {
    const { injects, diagnostics } = importInjectsCsv(csv(injectRows(scenario)), scenario);
    expect(diagnostics).toEqual([]);
    const again = loadModelFromFiles([
      ...examples.filter((f) => f.path !== 'scenario.yaml'),
      { path: 'scenario.json', text: JSON.stringify({ kind: 'scenario', ...withInjects(scenario, injects ?? new Map()) }) },
    ]);
    expect(again.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(again.model.scenarios[0]?.modules.map((m) => m.injects)).toEqual(scenario.modules.map((m) => m.injects));
  });

  it('reads its columns in any order', () => {
    const rows = injectRows(scenario);
    const order = [...rows[0]!.keys()].reverse();
    const { injects } = importInjectsCsv(csv(rows.map((row) => order.map((i) => row[i] ?? ''))), scenario);
    expect(injects?.get('planning')?.map((i) => i.id)).toEqual(['email-from-commissioner', 'reminder']);
  });

  it('takes off the quote a spreadsheet export puts before a formula, and only that', () => {
    const rows = injectRows(scenario);
    rows[1]![7] = '\'=HYPERLINK("http://example.com")';
    rows[2]![7] = "'hello'";
    const { injects } = importInjectsCsv(csv(rows), scenario);
    expect(injects?.get('planning')?.map((i) => i.content)).toEqual(['=HYPERLINK("http://example.com")', "'hello'"]);
  });

  it('reports a time that is not whole minutes at its cell', () => {
    const rows = injectRows(scenario);
    rows[2]![2] = 'soon';
    const { injects, diagnostics } = importInjectsCsv(csv(rows), scenario, 'msel.csv');
    expect(injects).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([['invalid-type', 'msel.csv', 3, rows[2]!.slice(0, 2).join(',').length + 2]]);
  });

  it('reports a medium it does not know, and a module the scenario does not have, each at its cell', () => {
    const rows = injectRows(scenario);
    rows[1]![6] = 'pigeon';
    rows[2]![0] = 'planing';
    const { diagnostics } = importInjectsCsv(csv(rows), scenario, 'msel.csv');
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.suggestion])).toEqual([
      ['invalid-value', 2, csv([rows[1]!.slice(0, 6)]).trimEnd().length + 2, undefined],
      ['unknown-module', 3, 1, 'planning'],
    ]);
  });

  it('reports a missing column, and a column it does not know with a near match', () => {
    const rows = injectRows(scenario).map((row) => row.filter((_, i) => i !== 6));
    rows[0]![1] = 'idd';
    const { diagnostics } = importInjectsCsv(csv(rows), scenario);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['unknown-field', 1, 8],
      ['missing-field', 1, 1],
      ['missing-field', 1, 1],
    ]);
    expect(diagnostics[0]?.suggestion).toBe('id');
  });

  it('reports a row with a cell too many', () => {
    const rows = injectRows(scenario);
    rows[1]!.push('stray');
    expect(importInjectsCsv(csv(rows), scenario).diagnostics.map((d) => [d.code, d.line])).toEqual([['csv-row-length', 2]]);
  });

  it('reports a quote never closed as a CSV of injects, not of a glossary', () => {
    const [problem, ...rest] = importInjectsCsv(`${csv(injectRows(scenario))}m1,"unfinished\n`, scenario).diagnostics;
    expect(rest).toEqual([]);
    expect([problem?.code, problem?.fields]).toEqual(['csv-syntax', expect.objectContaining({ table: 'injects' })]);
    expect(problem?.message).not.toMatch(/glossary/);
  });
});
