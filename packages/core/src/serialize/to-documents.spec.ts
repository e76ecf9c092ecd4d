import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadModelFromFiles } from '../load/load-model.js';
import { toDocuments } from './to-documents.js';

describe('toDocuments', () => {
  it('keeps every field of the manifest, the "as at" date included, so the documents load back to an equal model', () => {
    const text = 'kind: model\ntitle: Northshire\ndescription: Illustrative.\nversion: "2.1"\nasAt: 2026-04-01\n';
    const first = loadModelFromFiles([{ path: 'model.yaml', text }]);
    expect(first.model.asAt).toBe('2026-04-01');
    const documents = toDocuments(first.model);
    expect(documents.find((d) => d.kind === 'model')).toEqual({
      kind: 'model',
      title: 'Northshire',
      description: 'Illustrative.',
      version: '2.1',
      asAt: '2026-04-01',
    });
    const again = loadModelFromFiles(documents.map((d, i) => ({ path: `${i}.yaml`, text: stringify(d) })));
    expect(again.model).toEqual(first.model);
  });
});
