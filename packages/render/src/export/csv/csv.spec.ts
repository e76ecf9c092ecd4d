import { fileURLToPath } from 'node:url';
import { importGlossaryCsv, loadModelSync, ModelBuilder, neutraliseCell } from '@opcc/core';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { businessAreasCsv } from './business-areas-csv.js';
import { glossaryCsv } from './glossary-csv.js';
import { raciCsv } from './raci-csv.js';
import { writeCsv } from './write-csv.js';

const GUIDE = fileURLToPath(new URL('../../../../guide/model', import.meta.url));
const { model } = loadModelSync(GUIDE);
const rowsOf = (csv: string) => parse(csv) as string[][];

describe('writeCsv', () => {
  it('quotes as RFC 4180 says, with CRLF line ends', () => {
    expect(writeCsv([['a', 'b, c', 'say "yes"', 'two\nlines']])).toBe('a,"b, c","say ""yes""","two\nlines"\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas, unless told not to', () => {
    const hostile = ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', 'plain', "'quoted"];
    expect(hostile.map(neutraliseCell)).toEqual(['\'=HYPERLINK("x")', "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", 'plain', "'quoted"]);
    expect(rowsOf(writeCsv([hostile]))[0]).toEqual(hostile.map(neutraliseCell));
    expect(rowsOf(writeCsv([hostile], { neutralise: false }))[0]).toEqual(hostile);
  });
});

describe('glossaryCsv', () => {
  it('is read back by the CSV glossary import as the same entries (codes, titles, descriptions, ids, levels)', () => {
    const { glossary, diagnostics } = importGlossaryCsv(glossaryCsv(model));
    expect(diagnostics).toEqual([]);
    expect(glossary?.entries).toEqual(
      model.glossary.entries.map((e) => ({
        code: e.code,
        title: e.title,
        ...(e.description === undefined ? {} : { description: e.description }),
        id: e.id,
        level: e.level,
      })),
    );
  });

  it('round-trips text that looks like a formula or a neutralised cell: the import takes off only the quote the export added', () => {
    const texts = ['- item', "'- item", '=SUM(A1)', "'tis"];
    const tricky = new ModelBuilder().glossary({ entries: texts.map((title, i) => ({ code: String(i + 1), title, description: title })) }).build().model;
    expect(rowsOf(glossaryCsv(tricky)).map((row) => row[1])).toEqual(['title', "'- item", "''- item", "'=SUM(A1)", "'tis"]);
    const { glossary, diagnostics } = importGlossaryCsv(glossaryCsv(tricky));
    expect(diagnostics).toEqual([]);
    expect(glossary?.entries?.map((e) => [e.title, e.description])).toEqual(texts.map((t) => [t, t]));
  });

  it('round-trips text that looks like a formula when neutralising is turned off', () => {
    const hostile = new ModelBuilder()
      .glossary({ entries: [{ code: '1', title: '=cmd|"/c calc"!A1', description: '- a list, with "quotes"\nand a second line' }] })
      .build().model;
    const { glossary } = importGlossaryCsv(glossaryCsv(hostile, { neutralise: false }));
    expect(glossary?.entries?.[0]).toMatchObject({ title: '=cmd|"/c calc"!A1', description: '- a list, with "quotes"\nand a second line' });
    expect(rowsOf(glossaryCsv(hostile))[1]?.slice(0, 3)).toEqual(['1', '\'=cmd|"/c calc"!A1', '\'- a list, with "quotes"\nand a second line']);
  });
});

describe('raciCsv', () => {
  it('has a row per glossary entry and a column per party the profile names, marking inherited roles', () => {
    const rows = rowsOf(raciCsv(model, 'northshire'));
    expect(rows[0]?.slice(0, 2)).toEqual(['code', 'title']);
    expect(rows[0]).toContain('Police and Crime Commissioner');
    expect(rows[0]).toContain('Chief Constable');
    expect(rows.length).toBe(model.glossary.entries.length + 1);
    const column = (name: string) => rows[0]?.indexOf(name) ?? -1;
    const row = (code: string) => rows.find((r) => r[0] === code) ?? [];
    // 1 assigns the Commissioner; 1.1 inherits; 1.2.2 assigns again and consults the force.
    expect(row('1')[column('Police and Crime Commissioner')]).toBe('A');
    expect(row('1.1')[column('Police and Crime Commissioner')]).toBe('(A)');
    expect(row('1.2.2')[column('Police and Crime Commissioner')]).toBe('A');
    expect(row('1.2.2')[column('Chief Constable')]).toBe('C');
    expect(row('2')[column('Chief Constable')]).toBe('A');
    expect(row('2')[column('Police and Crime Commissioner')]).toBe('');
  });
});

describe('businessAreasCsv', () => {
  it('lists every business area of every collaboration', () => {
    const rows = rowsOf(businessAreasCsv(model));
    const areas = model.collaborations.flatMap((c) => c.businessAreas);
    expect(rows.length).toBe(areas.length + 1);
    expect(rows.find((r) => r[1] === 'serious-crime-directorate')).toEqual(
      expect.arrayContaining(['live', '2013-04-01', '2015-04-01', '3000000', '3400000', '8.1 8.2 8.3']),
    );
  });
});
