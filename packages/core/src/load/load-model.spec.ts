import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../build/model-builder.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { loadModel, loadModelFromFiles } from './load-model.js';

const minimal = fileURLToPath(new URL('../../../../examples/minimal', import.meta.url));

describe('loadModel', () => {
  it('loads the minimal example with no diagnostics', async () => {
    const { model, diagnostics, ok } = await loadModel(minimal);
    expect(diagnostics).toEqual([]);
    expect(ok).toBe(true);
    expect(model.title).toBe('Minimal example');
    expect(model.glossary.entries.map((e) => e.code)).toEqual(['1', '1.1', '1.1.2', '1.10']);
  });

  it('reports every problem at once, across files, in file and line order', () => {
    const files = [
      { path: 'b.yaml', text: 'kind: process-map\nid: m\ntitle: M\nsteps:\n  - { id: a, kind: activty, title: A }\n' },
      { path: 'a.yaml', text: 'kind: glossary\nentries:\n  - { code: 1.1, title: Orphan }\n---\nkind: refrences\n' },
    ];
    const { diagnostics, ok } = loadModelFromFiles(files);
    expect(ok).toBe(false);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'a.yaml:3:13  error  missing-parent-code  glossary entry 1.1 has no parent: add an entry with code 1',
      'a.yaml:5:7  error  unknown-kind  unknown document kind "refrences" (did you mean "references"?)',
      'b.yaml:5:20  error  invalid-value  steps[0].kind is "activty"; it must be one of start, end, activity, decision, output, sub-process, reference (did you mean "activity"?)',
    ]);
  });

  it('still checks the rest of a document whose own fields are wrong: an empty title, a bad optional field', () => {
    const { diagnostics } = loadModelFromFiles([
      {
        path: 'm.yaml',
        text: [
          'kind: glossary',
          'entries: [{ code: 1, title: G }]',
          '---',
          'kind: process-map',
          'id: m',
          'title: ""',
          'parent: 42',
          'steps:',
          '  - { id: s, kind: start, title: S }',
          '  - { id: a, kind: activity, title: "", code: 9.9 }',
          '  - { id: e, kind: end, title: E }',
          'flows: [{ from: s, to: a }, { from: a, to: nowhere }]',
        ].join('\n'),
      },
    ]);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['empty-title', 6],
      ['invalid-type', 7],
      ['empty-title', 10],
      ['unknown-glossary-code', 10],
      // The end is not reported unreachable: the flow to nowhere was most likely meant for it.
      ['unknown-step', 12],
    ]);
  });

  it('suggests the nearest name for unknown references and fields', () => {
    const { diagnostics } = loadModelFromFiles([
      {
        path: 'm.yaml',
        text: [
          'kind: glossary',
          'entries: [{ code: 1, title: G }, { code: 1.1, title: E }, { code: 1.1.2, title: S }]',
          '---',
          'kind: process-map',
          'id: m',
          'title: M',
          'steps:',
          '  - { id: s, kind: start, title: S }',
          '  - { id: a, kind: activity, title: A, code: 1.1.9, titel: x }',
          '  - { id: e, kind: end, title: E }',
          'flows: [{ from: s, to: a }, { from: a, to: ee }]',
        ].join('\n'),
      },
    ]);
    expect(diagnostics.map((d) => [d.code, d.line, d.suggestion])).toEqual([
      ['unknown-glossary-code', 9, '1.1.2'],
      ['unknown-field', 9, 'title'],
      ['unknown-step', 11, 'e'],
    ]);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('x.yaml', 'x.json', 'x.csv'), (text, path) => {
        const result = loadModelFromFiles([{ path, text }]);
        for (const d of result.diagnostics) expect(typeof d.code).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('ModelBuilder', () => {
  it('runs the same checks and names the document in place of a file', () => {
    const { diagnostics } = new ModelBuilder()
      .processMap({ id: 'm', title: 'M', steps: [{ id: 'a', kind: 'sub-process', title: 'A', map: 'missing' }] })
      .build();
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'unknown-map', file: 'process-map "m"', path: ['steps', 0, 'map'], message: 'unknown process map "missing"' }),
    ]);
    expect(diagnostics[0]?.line).toBeUndefined();
  });
});
