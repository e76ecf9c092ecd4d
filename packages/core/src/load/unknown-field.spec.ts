import { describe, expect, it } from 'vitest';
import { loadModelFromFiles } from './load-model.js';

const problems = (text: string) =>
  loadModelFromFiles([{ path: 'm.yaml', text }])
    .diagnostics.filter((d) => d.code === 'unknown-field')
    .map((d) => ({ line: d.line, message: d.message, fields: d.fields }));

describe('an unknown field', () => {
  it('says that a comma inside { } split unquoted text, rather than naming half a sentence as a field', () => {
    const found = problems('kind: parties\nparties:\n  - { id: gold, title: Gold, silver and bronze commanders, type: other }\n');
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(3);
    expect(found[0]?.message).toContain('"silver and bronze commanders" is not a field in parties[0]: text with a comma inside { } or [ ] must be quoted');
    expect(found[0]?.fields).toMatchObject({ field: 'silver and bronze commanders', splitByComma: true });
  });

  it('lists the fields allowed there and offers a near match', () => {
    const [found] = problems('kind: parties\nparties:\n  - { id: pcc, titel: Commissioner, type: commissioner }\n');
    expect(found?.message).toBe(
      'unknown field "titel" in parties[0]; the fields here are id, title, type, area, description, stakeholder, aliases (did you mean "title"?)',
    );
  });

  it('offers the prose field an object has instead of the one it lacks', () => {
    const text = 'kind: process-map\nid: m\ntitle: M\nsteps:\n  - { id: s, kind: start, title: S, description: Begin here }\n';
    expect(problems(text)[0]?.fields).toMatchObject({ field: 'description', suggestion: 'guidance' });
  });

  it('says where a description goes when only an object above it takes one', () => {
    const text =
      'kind: process-map\nid: m\ntitle: M\nlanes:\n  - { id: l, title: L, description: The force }\nsteps:\n  - { id: s, kind: start, title: S, lane: l }\n';
    const [found] = problems(text);
    expect(found?.message).toContain('this has no description: write it as the guidance of the document');
    const assignment = 'kind: collaboration\nid: c\ntitle: C\ntype: regional\ncostSplit:\n  - { party: p, percent: 100, description: Split by population }\n';
    expect(problems(assignment)[0]?.message).toContain('this has no description: write it as the description of the document');
  });
});
