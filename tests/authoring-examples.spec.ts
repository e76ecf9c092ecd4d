import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import {
  BUILT_IN_RELATION_KINDS,
  DOCUMENT_KINDS,
  LIFECYCLE_PHASES,
  PARTY_TYPES,
  REFERENCE_KINDS,
  RELATION_LAYOUTS,
  STAKEHOLDER_TYPES,
  STEP_KINDS,
  formatDiagnostic,
  importGlossaryCsv,
  loadModel,
  loadModelFromFiles,
} from '@opcc/core';

/*
 * docs/authoring.md teaches each kind of document with an example, and every example is a file
 * in examples/authoring. These tests keep the two the same and prove that the examples, put
 * together, are a model with no problems at all.
 */

const root = fileURLToPath(new URL('../', import.meta.url));
const examplesDir = resolve(root, 'examples/authoring');
const docPath = resolve(root, 'docs/authoring.md');
const doc = readFileSync(docPath, 'utf8');
// The model files; documents/ holds the file that the example reference material links to.
const exampleFiles = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => entry.name)
  .sort();
const examples = exampleFiles.map((name) => ({ path: name, text: readFileSync(resolve(examplesDir, name), 'utf8') }));

/** The contents of every fenced code block in a Markdown text, with its language. */
function fencedBlocks(markdown: string): Array<{ language: string; text: string }> {
  const blocks: Array<{ language: string; text: string }> = [];
  let open: { indent: string; fence: string; language: string; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    if (open === undefined) {
      const start = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)\s*$/.exec(line);
      if (start) open = { indent: start[1] ?? '', fence: start[2] ?? '```', language: (start[3] ?? '').toLowerCase(), lines: [] };
    } else if (line.trim() === open.fence) {
      blocks.push({ language: open.language, text: open.lines.join('\n') });
      open = undefined;
    } else {
      open.lines.push(line.startsWith(open.indent) ? line.slice(open.indent.length) : line);
    }
  }
  expect(open, 'every code block in the document is closed').toBeUndefined();
  return blocks;
}

const blocks = fencedBlocks(doc);
const yamlBlocks = blocks.filter((b) => b.language === 'yaml' || b.language === 'yml');

/** GitHub's anchor for a heading. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

describe('the authoring examples', () => {
  it('load as one model with no diagnostics at all', async () => {
    const { diagnostics, ok, model } = await loadModel(examplesDir);
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(ok).toBe(true);
    expect(model.title).toBe('Northshire OPCC operating model');
  });

  it('are one file per kind of document, named after the kind, holding only that kind', () => {
    expect(exampleFiles).toEqual(DOCUMENT_KINDS.map((kind) => `${kind}.yaml`).sort());
    for (const { path, text } of examples) {
      const kinds = parseAllDocuments(text).map((d) => (d.toJS() as { kind?: unknown }).kind);
      expect(kinds.length, path).toBeGreaterThan(0);
      for (const kind of kinds) expect(`${String(kind)}.yaml`, path).toBe(path);
    }
  });

  it('show every kind of step', async () => {
    const { model } = await loadModel(examplesDir);
    const used = new Set(model.maps.flatMap((m) => m.steps.map((s) => s.kind)));
    expect([...used].sort()).toEqual([...STEP_KINDS].sort());
  });

  it('point the editor at a schema file that exists', () => {
    for (const { path, text } of examples) {
      const first = text.split('\n')[0] ?? '';
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(match, `${path} starts with the schema comment`).not.toBeNull();
      expect(existsSync(resolve(examplesDir, match?.[1] ?? '')), `${path}: ${match?.[1]}`).toBe(true);
    }
  });
});

describe('docs/authoring.md', () => {
  it('shows each example file exactly once, word for word, in a yaml block', () => {
    const shown = yamlBlocks.map((block) => {
      const file = examples.find((e) => e.text === `${block.text}\n`);
      expect(file, `this yaml block is not the content of any file in examples/authoring:\n${block.text}`).toBeDefined();
      return file?.path;
    });
    expect([...shown].sort()).toEqual(exampleFiles);
  });

  it('has a section for every kind of document', () => {
    const headings = doc.split('\n').filter((line) => line.startsWith('### '));
    for (const kind of DOCUMENT_KINDS)
      expect(
        headings.some((h) => h.startsWith(`### ${kind}: `)),
        kind,
      ).toBe(true);
  });

  it('names every field of every kind of document, as the shipped JSON Schemas list them', () => {
    const fields = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (typeof node === 'object' && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'properties' && typeof value === 'object' && value !== null) Object.keys(value).forEach((name) => fields.add(name));
          walk(value);
        }
      }
    };
    for (const kind of DOCUMENT_KINDS) walk(JSON.parse(readFileSync(resolve(root, 'packages/core/schemas', `${kind}.schema.json`), 'utf8')));
    fields.delete('$schema');
    expect(fields.size).toBeGreaterThan(40);
    expect([...fields].filter((field) => !doc.includes(`\`${field}\``)).sort()).toEqual([]);
  });

  it('names every choice the schemas allow: step kinds, party and stakeholder types, reference kinds, phases, layouts, built-in relation kinds', () => {
    const choices = [
      ...STEP_KINDS,
      ...PARTY_TYPES,
      ...STAKEHOLDER_TYPES,
      ...REFERENCE_KINDS,
      ...LIFECYCLE_PHASES,
      ...RELATION_LAYOUTS,
      ...BUILT_IN_RELATION_KINDS.map((k) => k.id),
    ];
    expect(choices.filter((choice) => !doc.includes(`\`${choice}\``))).toEqual([]);
  });

  it('shows CSV glossaries that import cleanly and fit into the example model', () => {
    const csv = blocks.filter((b) => b.language === 'csv');
    expect(csv.length).toBeGreaterThan(0);
    for (const block of csv) {
      expect(importGlossaryCsv(`${block.text}\n`, 'glossary.csv').diagnostics.map(formatDiagnostic)).toEqual([]);
      const together = loadModelFromFiles([...examples, { path: 'spreadsheet.csv', text: `${block.text}\n` }]);
      expect(together.diagnostics.map(formatDiagnostic)).toEqual([]);
    }
  });

  it('shows only JSON that parses', () => {
    for (const block of blocks.filter((b) => b.language === 'json')) expect(() => JSON.parse(block.text), block.text).not.toThrow();
  });

  it('shows diagnostics exactly as the loader prints them for the corpus file they name', () => {
    const lines = blocks.filter((b) => b.language === 'text').flatMap((b) => b.text.split('\n'));
    const printed = lines.filter((line) => /^\S+:\d+:\d+ {2}(error|warning|info) {2}/.test(line));
    expect(printed.length).toBeGreaterThan(0);
    for (const line of printed) {
      const file = line.slice(0, line.indexOf(':'));
      const text = readFileSync(resolve(root, 'tests/corpus/malformed', file), 'utf8');
      expect(loadModelFromFiles([{ path: file, text }]).diagnostics.map(formatDiagnostic)).toContain(line);
    }
  });

  it('names schema files that @opcc/core ships', () => {
    const schemas = resolve(root, 'packages/core/schemas');
    expect(doc).toContain('opcc-model.schema.json');
    expect(existsSync(resolve(schemas, 'opcc-model.schema.json'))).toBe(true);
    for (const kind of DOCUMENT_KINDS) expect(existsSync(resolve(schemas, `${kind}.schema.json`)), kind).toBe(true);
    for (const name of doc.match(/[\w-]+\.schema\.json/g) ?? []) {
      if (name !== '<kind>.schema.json') expect(existsSync(resolve(schemas, name)), name).toBe(true);
    }
  });

  it('links only to headings that exist, and to files that exist', () => {
    const anchors = new Set(
      doc
        .split('\n')
        .filter((l) => /^#{1,6} /.test(l))
        .map((l) => slug(l.replace(/^#+ /, ''))),
    );
    for (const [, target] of doc.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (target === undefined || /^(https?:|mailto:)/.test(target)) continue;
      const [file, anchor] = target.split('#');
      if (file === '') expect(anchors.has(anchor ?? ''), `#${anchor}`).toBe(true);
      else expect(existsSync(resolve(dirname(docPath), file ?? '')), target).toBe(true);
    }
  });
});
