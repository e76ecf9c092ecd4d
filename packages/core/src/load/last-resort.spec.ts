import { describe, expect, it, vi } from 'vitest';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { loadModelFromFiles } from './load-model.js';

/*
 * The last-resort guards: a fault in the checker (here, planted) must still end in diagnostics,
 * not an exception, and only the file or stage it struck is lost.
 */

vi.mock('./csv-glossary.js', () => ({
  parseGlossaryCsv: () => {
    throw new Error('planted in the CSV reader');
  },
}));

vi.mock('../check/check-model.js', () => ({
  checkDocuments: () => {
    throw new Error('planted in the cross-document checks');
  },
}));

describe('a fault in the checker', () => {
  it('is one internal-error for the file it struck, one for the stage, and the other files are still read', () => {
    const result = loadModelFromFiles([
      { path: 'a.csv', text: 'code,title\n1,Governance\n' },
      { path: 'b.yaml', text: 'kind: parties\nparties: [{ id: pcc, title: Commissioner, type: commissioner }]\n' },
    ]);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      '<model>  error  internal-error  the checks across documents stopped because of a fault in the checker (planted in the cross-document checks); please report it',
      'a.csv:1:1  error  internal-error  this file could not be read because of a fault in the checker (planted in the CSV reader); please report it',
    ]);
    expect(result.model.parties.map((p) => p.id)).toEqual(['pcc']);
  });
});
