import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brokenLinks } from './support/doc-links.js';
import { formatDiagnostic, importInjectsCsv, loadModel } from '@opcc/core';

/*
 * docs/training.md is written for trainers; every example in it is a real file: each YAML block
 * is a part of the example scenario, word for word, and the CSV block is the spreadsheet that
 * `opcc scenario export-injects` writes for it, which reads back with no problems.
 */

const root = fileURLToPath(new URL('../', import.meta.url));
const doc = readFileSync(resolve(root, 'docs/training.md'), 'utf8');
const blocks = [...doc.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({ language: m[1] ?? '', text: m[2] ?? '' }));
const scenarioFile = readFileSync(resolve(root, 'examples/authoring/scenario.yaml'), 'utf8');
const csvFile = readFileSync(resolve(root, 'examples/training/first-public-meeting-injects.csv'), 'utf8');

describe('docs/training.md', () => {
  it('shows only parts of the example scenario, which loads with no problems', async () => {
    const yaml = blocks.filter((b) => b.language === 'yaml');
    expect(yaml.length).toBeGreaterThanOrEqual(4);
    for (const block of yaml) expect(scenarioFile, block.text).toContain(block.text);
    const { diagnostics } = await loadModel(resolve(root, 'examples/authoring'));
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('shows the example spreadsheet of injects, which imports cleanly into the example scenario', async () => {
    const csv = blocks.filter((b) => b.language === 'csv');
    expect(csv.map((b) => b.text)).toEqual([csvFile.replaceAll('\r\n', '\n')]);
    const { model } = await loadModel(resolve(root, 'examples/authoring'));
    const scenario = model.scenarios.find((s) => s.id === 'first-public-meeting');
    if (scenario === undefined) throw new Error('the examples hold the scenario the guide describes');
    const { injects, diagnostics } = importInjectsCsv(csvFile, scenario);
    expect(diagnostics).toEqual([]);
    expect(scenario.modules.map((m) => injects?.get(m.id) ?? [])).toEqual(scenario.modules.map((m) => m.injects));
  });

  it('links only to files and headings that exist', () => {
    expect(brokenLinks(doc, resolve(root, 'docs'))).toEqual([]);
  });
});
