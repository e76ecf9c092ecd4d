import { describe, expect, it } from 'vitest';
import { loadModelFromFiles } from './load-model.js';

const load = (path: string, text: string) => loadModelFromFiles([{ path, text }]);

describe('which CSV files in the model folder are glossaries', () => {
  it('leaves out a CSV file whose header names no code column, such as a data set kept for reference', () => {
    const result = load('documents/crime-figures.csv', 'month,offences,area\n2026-01,412,"North, East"\n2026-02,"unclosed\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.model.glossary.entries).toEqual([]);
  });

  it('reads a CSV file whose header names a code column, or a near miss of one, and says why when it fails', () => {
    expect(load('pag.csv', 'Code,Title\n1,Governance\n').model.glossary.entries.map((e) => e.title)).toEqual(['Governance']);
    const [problem] = load('pag.csv', 'cod,title\n1,Governance\n').diagnostics;
    expect(problem?.code).toBe('csv-missing-column');
    expect(problem?.message).toContain('it was read as a glossary because its header names a code column');
  });

  it('reads every CSV file in a glossary folder, whatever its header', () => {
    expect(load('glossary/pag.csv', 'number,name\n1,Governance\n').diagnostics.map((d) => d.code)).toEqual(['csv-missing-column']);
  });
});
