import { describe, expect, it } from 'vitest';
import type { ImpactReport } from './impact-report.js';
import { formatImpact } from './format-impact.js';
import { impactSummary } from './summary.js';

const none = { added: [], removed: [] };

/** A report made by hand, so each line printed below follows from one field of it. */
function report(): ImpactReport {
  const body: Omit<ImpactReport, 'summary'> = {
    glossary: { ...none, renumbered: [], retitled: [] },
    entries: [
      {
        profile: 'north',
        code: '1.2',
        title: 'Armed *policing*',
        roles: [{ role: 'responsible', before: ['cc'], after: ['unit'] }],
        maps: ['armed'],
        steps: [{ map: 'armed', step: 'deploy', title: 'Deploy' }],
      },
    ],
    gaps: [{ profile: 'north', created: [{ code: '3', title: 'Fleet\nand transport', accountable: [] }], resolved: [] }],
    overlaps: [],
    boundaryConflicts: { created: [], resolved: [] },
    handOffs: none,
    maps: [],
    parties: { ...none, affected: [{ id: 'cc', title: 'Chief Constable' }] },
    stakeholders: { ...none, changed: [], relations: none, affected: [] },
    outcomes: [],
    collaborations: [],
    scenarios: [],
    risks: [{ code: 'unreachable-step', severity: 'warning', message: 'step "stray" cannot be reached' }],
  } as unknown as Omit<ImpactReport, 'summary'>;
  return { summary: impactSummary(body), ...body };
}

describe('formatImpact', () => {
  it('prints text grouped under headings, only the sections with something in them, each title on one line', () => {
    const text = formatImpact(report(), 'text', 'Option A');
    expect(text.split('\n\n').map((block) => block.split('\n')[0])).toEqual([
      'Option A',
      'Summary',
      'Glossary entries whose parties change',
      'Accountability gaps',
      'Parties',
      'Risks: new problems',
    ]);
    expect(text).toContain('  Glossary entries whose parties change: 1\n');
    expect(text).toContain('  north: 1.2 Armed *policing*: responsible cc → unit\n      used by armed/deploy (Deploy)\n');
    expect(text).toContain('  north: created 3 Fleet and transport (accountable: nobody)\n');
    expect(text).toContain('  warning unreachable-step: step "stray" cannot be reached\n');
  });

  it('prints Markdown with a summary table and model text escaped', () => {
    const markdown = formatImpact(report(), 'markdown', 'Option [A]');
    expect(markdown.startsWith('# Option \\[A\\]\n\n## Summary\n\n| Measure | Count |\n| --- | ---: |\n')).toBe(true);
    expect(markdown).toContain('| Accountability gaps created | 1 |\n');
    expect(markdown).toContain(
      '## Glossary entries whose parties change\n\n- north: 1.2 Armed \\*policing\\*: responsible cc → unit\n  - used by armed/deploy (Deploy)',
    );
  });

  it('prints JSON that reads back as the report', () => {
    const r = report();
    expect(JSON.parse(formatImpact(r, 'json'))).toEqual(r);
  });
});
