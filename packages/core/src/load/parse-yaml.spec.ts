import { describe, expect, it } from 'vitest';
import { parseYamlFile } from './parse-yaml.js';

describe('parseYamlFile', () => {
  it('reads dotted digits as text, so 1.10 is not 1.1', () => {
    const { documents } = parseYamlFile({ path: 'a.yaml', text: 'codes: [1.10, 1.1, 1.1.2, 7, 0.5]\n' });
    expect(documents[0]?.value).toEqual({ codes: ['1.10', '1.1', '1.1.2', 7, '0.5'] });
  });

  it('locates values and keys by path, and the nearest node for a missing one', () => {
    const text = 'kind: process-map\nsteps:\n  - id: a\n    title: A\n  - id: b\n    lane: x\n';
    const origin = parseYamlFile({ path: 'a.yaml', text }).documents[0]!.origin;
    expect(origin.locate(['steps', 1, 'lane'])).toEqual({ line: 6, column: 11 });
    expect(origin.locate(['steps', 1, 'lane'], 'key')).toEqual({ line: 6, column: 5 });
    expect(origin.locate(['steps', 1, 'title'])).toEqual({ line: 5, column: 5 });
  });

  it('reads several documents and points into the right one', () => {
    const text = 'kind: parties\n---\nkind: references\nreferences: []\n';
    const { documents } = parseYamlFile({ path: 'a.yaml', text });
    expect(documents).toHaveLength(2);
    expect(documents[1]?.origin.locate(['references'])).toEqual({ line: 4, column: 13 });
  });

  it('reads a JSON list as one document per item, located in the file', () => {
    const text = '[\n  {"kind": "parties"},\n  {"kind": "references", "references": []}\n]\n';
    const { documents } = parseYamlFile({ path: 'm.json', text });
    expect(documents.map((d) => d.value)).toEqual([{ kind: 'parties' }, { kind: 'references', references: [] }]);
    expect(documents[1]?.origin.locate(['references'])).toEqual({ line: 3, column: 40 });
  });

  it('reports syntax errors with their position and keeps the other documents', () => {
    const text = 'kind: parties\n---\nkind: [unclosed\n---\nkind: references\n';
    const { documents, diagnostics } = parseYamlFile({ path: 'a.yaml', text });
    expect(documents.map((d) => (d.value as { kind: string }).kind)).toEqual(['parties', 'references']);
    expect(diagnostics.map((d) => [d.code, d.file])).toContainEqual(['yaml-syntax', 'a.yaml']);
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(3);
  });
});
