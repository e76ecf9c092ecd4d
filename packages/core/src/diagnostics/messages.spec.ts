import { describe, expect, it } from 'vitest';
import { CheckContext } from '../check/context.js';
import { loadModelFromBytes, loadModelFromFiles } from '../load/load-model.js';
import type { DocumentOrigin } from '../load/source.js';
import { diagnostic, type Diagnostic } from './diagnostic.js';
import { diagnosticMessage } from './messages.js';

/** The one diagnostic a set of files yields of a code. */
function only<C extends Diagnostic['code']>(diagnostics: readonly Diagnostic[], code: C): Extract<Diagnostic, { code: C }> {
  const found = diagnostics.filter((d): d is Extract<Diagnostic, { code: C }> => d.code === code);
  expect(found, code).toHaveLength(1);
  return found[0] as Extract<Diagnostic, { code: C }>;
}

describe('diagnostic fields', () => {
  it('name the unknown name, its sort and the near match, which is also on the diagnostic', () => {
    const map = 'kind: process-map\nid: engage\ntitle: E\nsteps:\n  - { id: a, kind: sub-process, title: A, map: engag }\n';
    const d = only(loadModelFromFiles([{ path: 'map.yaml', text: map }]).diagnostics, 'unknown-map');
    expect(d.fields).toEqual({ kind: 'process map', name: 'engag', suggestion: 'engage' });
    expect(d.suggestion).toBe('engage');
    expect(d.message).toBe('unknown process map "engag" (did you mean "engage"?)');
  });

  it('give the value, the allowed values and the nearest of them for a choice', () => {
    const map = 'kind: process-map\nid: m\ntitle: M\nsteps:\n  - { id: a, kind: activty, title: A }\n';
    const d = only(loadModelFromFiles([{ path: 'map.yaml', text: map }]).diagnostics, 'invalid-value');
    expect(d.fields).toEqual({
      at: 'steps[0].kind',
      value: 'activty',
      allowed: ['start', 'end', 'activity', 'decision', 'output', 'sub-process', 'reference'],
      suggestion: 'activity',
    });
  });

  it('give the other place of a duplicate: the file, line and column of the first declaration', () => {
    const map = (title: string) => `kind: process-map\nid: engage\ntitle: ${title}\nsteps:\n  - { id: a, kind: end, title: A }\n`;
    const { diagnostics } = loadModelFromFiles([
      { path: 'a.yaml', text: map('First') },
      { path: 'b.yaml', text: map('Second') },
    ]);
    const d = only(diagnostics, 'duplicate-id');
    expect(d.fields).toEqual({ kind: 'process map', name: 'engage', first: { file: 'a.yaml', line: 2, column: 5 } });
    expect(d.file).toBe('b.yaml');
    expect(d.message).toBe('duplicate process map "engage" (first declared in a.yaml:2)');
  });

  it('say how a file is not UTF-8, as data', () => {
    const bytes = new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0x92]);
    const d = only(loadModelFromBytes([{ path: 'a.yaml', bytes }]).diagnostics, 'file-encoding');
    expect(d.fields).toEqual({ found: 'invalid-byte', byte: 0x92, windows1252: '’' });
    const utf16 = only(loadModelFromBytes([{ path: 'b.yaml', bytes: new Uint8Array([0xfe, 0xff, 0, 0x6b]) }]).diagnostics, 'file-encoding');
    expect(utf16.fields).toEqual({ found: 'utf-16', endian: 'big' });
    expect(utf16.message).toBe('the file is saved as UTF-16 (big-endian); save the file as UTF-8');
  });

  it('count the cells and columns of a CSV row that does not line up', () => {
    const d = only(loadModelFromFiles([{ path: 'g.csv', text: 'code,title\n1,Plan,extra\n' }]).diagnostics, 'csv-row-length');
    expect(d.fields).toEqual({ cells: 3, columns: 2 });
  });

  it('leave out fields given as undefined, so a field is there with a value or not at all', () => {
    const d = diagnostic('unknown-party', { kind: 'party', name: 'pc', suggestion: undefined }, {});
    expect(Object.keys(d.fields)).toEqual(['kind', 'name']);
    expect('suggestion' in d).toBe(false);
  });
});

describe('diagnostic messages', () => {
  it('are built from the fields alone', () => {
    expect(diagnosticMessage('unknown-map', { kind: 'process map', name: 'engag' })).toBe('unknown process map "engag"');
    expect(diagnosticMessage('unknown-map', { kind: 'process map', name: 'engag', suggestion: 'engage' })).toBe(
      'unknown process map "engag" (did you mean "engage"?)',
    );
    expect(diagnosticMessage('unknown-step', { kind: 'step', name: 'analyze', map: 'engage', flow: 'from' })).toBe(
      'unknown step on map "engage" (a flow from nowhere) "analyze"',
    );
    expect(diagnosticMessage('duplicate-id', { kind: 'business area', name: 'hr', collaboration: 'alliance' })).toBe(
      'duplicate business area "hr" in collaboration "alliance"',
    );
    expect(diagnosticMessage('csv-row-length', { cells: 1, columns: 2 })).toBe('this row has 1 cell but the header row names 2 columns; add the missing cells');
    expect(diagnosticMessage('missing-parent-code', { parent: '1.2', children: ['1.2.1', '1.2.3', '1.2.4', '1.2.5'], near: '1.3' })).toBe(
      'glossary entries 1.2.1, 1.2.3, 1.2.4 and 1 more have no parent: add an entry with code 1.2 (or is entry 1.3 meant to be 1.2?)',
    );
    expect(diagnosticMessage('invalid-type', { at: 'title', expected: ['string'], found: 'number', value: 7 })).toBe(
      'title should be text, not the number 7; put it in quotes if it is text: "7"',
    );
  });

  it('of a diagnostic are what its fields make, for every diagnostic of a broken model', () => {
    const { diagnostics } = loadModelFromFiles([
      { path: 'a.yaml', text: 'kind: process-map\nid: m\ntitle: M\nlanes: [{ id: l, title: L }]\nsteps:\n  - { id: a, kind: activty, title: "" }\n' },
      { path: 'b.yaml', text: 'kind: glossary\nentries:\n  - { code: 1.1, title: Orphan, owner: x }\n---\nkind: refrences\n' },
      { path: 'c.yaml', text: 'kind: process-map\nid: m\ntitle: [M]\nsteps:\n  - { id: s, kind: start, title: S }\n  - { id: e, kind: end, title: E }\n' },
    ]);
    expect(new Set(diagnostics.map((d) => d.code)).size).toBeGreaterThanOrEqual(5);
    for (const d of diagnostics) expect(diagnosticMessage(d.code, d.fields), d.code).toBe(d.message);
  });

  it('of a check are built from the fields it reports, which the diagnostic keeps', () => {
    const origin: DocumentOrigin = { file: 'r.yaml', locate: () => ({ line: 4, column: 7 }) };
    const ctx = new CheckContext([], new Set());
    ctx.report('self-relation', { stakeholder: 'pcc', relation: 'appoints' }, { origin, path: ['relations', 1] });
    ctx.report('duplicate-id', { kind: 'business area', name: 'dogs', collaboration: 'alliance' }, { origin, path: ['businessAreas', 2, 'id'] });
    expect(ctx.diagnostics.map((d) => [d.message, d.fields])).toEqual([
      ['"pcc" appoints itself', { stakeholder: 'pcc', relation: 'appoints' }],
      ['duplicate business area "dogs" in collaboration "alliance"', { kind: 'business area', name: 'dogs', collaboration: 'alliance' }],
    ]);
  });
});
