import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, loadModelSync } from '@opcc/core';
import { guide, guideModelDir } from './index.js';

const work = mkdtempSync(join(tmpdir(), 'opcc-guide-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const csvCell = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

describe('adapting the reference model (as docs/reference-model.md describes)', () => {
  it('loads a copy whose illustrative glossary is replaced by a spreadsheet export', () => {
    const copy = join(work, 'my-model');
    cpSync(guideModelDir, copy, { recursive: true });
    rmSync(join(copy, 'glossary'), { recursive: true });
    const rows = guide.glossary.entries.map((e) => [e.code, e.title, e.description ?? '', e.id, e.level ?? ''].map(csvCell).join(','));
    writeFileSync(join(copy, 'glossary.csv'), ['code,title,description,id,level', ...rows].join('\n'));
    const result = loadModelSync(copy);
    expect(result.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
    expect(result.model.glossary.entries.map((e) => e.code)).toEqual(guide.glossary.entries.map((e) => e.code));
    expect(result.model.glossary.illustrative).toBe(false);
  });

  it('reports, with file and line, a map activity whose code the replacement glossary lacks', () => {
    const copy = join(work, 'short-glossary');
    cpSync(guideModelDir, copy, { recursive: true });
    rmSync(join(copy, 'glossary'), { recursive: true });
    const kept = guide.glossary.entries.filter((e) => e.code !== '1.1.2.8');
    writeFileSync(join(copy, 'glossary.csv'), ['code,title,level', ...kept.map((e) => [e.code, csvCell(e.title), e.level ?? ''].join(','))].join('\n'));
    const problems = loadModelSync(copy).diagnostics.filter((d) => d.code === 'unknown-glossary-code');
    expect(problems.map((d) => d.file)).toEqual(['maps/conduct-stakeholder-analysis.yaml']);
    expect(problems[0]?.line).toBeGreaterThan(1);
  });
});
