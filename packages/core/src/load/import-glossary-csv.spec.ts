import { describe, expect, it } from 'vitest';
import { loadModelFromFiles } from './load-model.js';
import { importGlossaryCsv } from './import-glossary-csv.js';

describe('glossary from CSV', () => {
  it('reads a spreadsheet export with columns in any order', () => {
    const csv = 'Title,Code,Description,Level\nGovernance,1,"The Commissioner\'s functions",category\n"Engage, consult",1.1,,group\n';
    const { glossary, diagnostics } = importGlossaryCsv(csv);
    expect(diagnostics).toEqual([]);
    expect(glossary?.entries).toEqual([
      { title: 'Governance', code: '1', description: "The Commissioner's functions", level: 'category' },
      { title: 'Engage, consult', code: '1.1', level: 'group' },
    ]);
  });

  it('points at the row and cell of each problem, even after a quoted cell with a line break', () => {
    const csv = 'code,title,description\n1,Governance,"two\nlines"\n1.x,Bad code,\n1.2,,empty title\n';
    const { glossary, diagnostics } = importGlossaryCsv(csv, 'pag.csv');
    expect(glossary).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([
      ['invalid-glossary-code', 'pag.csv', 4, 1],
      ['empty-title', 'pag.csv', 5, 5],
    ]);
  });

  it('names the missing columns', () => {
    expect(importGlossaryCsv('number,name\n1,x\n').diagnostics.map((d) => [d.code, d.line])).toEqual([['csv-missing-column', 1]]);
  });

  it('is read by the loader as part of a model folder, with cross-file checks', () => {
    const result = loadModelFromFiles([
      { path: 'pag.csv', text: 'code,title\n1,Governance\n1.1,Engagement\n' },
      { path: 'glossary.yaml', text: 'kind: glossary\nedition: force 2026\n' },
      { path: 'profile.yaml', text: 'kind: accountability-profile\nid: p\ntitle: P\nassignments: [{ code: 1.2, accountable: [] }]\n' },
    ]);
    expect(result.model.glossary.edition).toBe('force 2026');
    expect(result.model.glossary.entries.map((e) => e.code)).toEqual(['1', '1.1']);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.file, d.suggestion])).toEqual([
      ['unknown-glossary-code', 'profile.yaml', '1.1'],
    ]);
  });
});
