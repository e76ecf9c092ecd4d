import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyChangeSet, formatDiagnostic, jsonSchemaFor, loadModelFromFiles, type LoadResult } from '@opcc/core';
import { guideModelDir } from '@opcc/guide';
import { describe, expect, it } from 'vitest';

/*
 * docs/options-for-change.md is written for analysts; every example in it is a real file. The
 * example change sets in examples/options-for-change each apply to the reference model as an
 * analyst would put them there, in its change-sets folder; together with the reference model's
 * own change sets they use every kind of change there is.
 */

const root = fileURLToPath(new URL('../', import.meta.url));
const examplesDir = resolve(root, 'examples/options-for-change');
const exampleFiles = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(examplesDir, name), 'utf8') }));
const referenceChangeSetsDir = join(guideModelDir, 'change-sets');
const referenceChangeSets = readdirSync(referenceChangeSetsDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(referenceChangeSetsDir, name), 'utf8') }));
const guideFiles = readdirSync(guideModelDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return { path: relative(guideModelDir, path).split('\\').join('/'), text: readFileSync(path, 'utf8') };
  });

/** The reference model with one example change set put in its change-sets folder. */
function withExample(example: { name: string; text: string }): LoadResult {
  return loadModelFromFiles([...guideFiles, { path: `change-sets/${example.name}`, text: example.text }]);
}

const idOf = (text: string) => /^id: (.+)$/m.exec(text)?.[1] ?? '';
/** The examples that show what goes wrong; every other example must apply cleanly. */
const FAILING: Record<string, string[]> = { 'conflict.yaml': ['change-conflict'], 'breaks-the-model.yaml': ['change-set-breaks-model'] };

describe('the example change sets', () => {
  it.each(exampleFiles.filter((e) => FAILING[e.name] === undefined))('$name is checked and applied to the reference model with no problem', (example) => {
    const loaded = withExample(example);
    expect(loaded.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
    const changeSet = loaded.model.changeSets.find((c) => c.id === idOf(example.text));
    expect(changeSet, example.name).toBeDefined();
    const applied = applyChangeSet(loaded.model, changeSet!);
    expect(applied.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
    expect(applied.model).not.toEqual(loaded.model);
  });

  it.each(Object.entries(FAILING))('%s is reported, at its change set, as it says', (name, codes) => {
    const example = exampleFiles.find((e) => e.name === name);
    expect(example, name).toBeDefined();
    const { diagnostics } = withExample(example!);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect([...new Set(diagnostics.map((d) => d.code))]).toEqual(codes);
    expect(diagnostics.every((d) => d.file === `change-sets/${name}` && d.line !== undefined)).toBe(true);
  });

  it('use, with the reference change sets, every kind of change', () => {
    const kinds = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (typeof node === 'object' && node !== null) {
        const change = (node as { properties?: { change?: { const?: unknown } } }).properties?.change?.const;
        if (typeof change === 'string') kinds.add(change);
        Object.values(node).forEach(collect);
      }
    };
    collect(jsonSchemaFor('change-set'));
    expect(kinds.size).toBeGreaterThan(30);
    const used = new Set([...exampleFiles, ...referenceChangeSets].flatMap((f) => [...f.text.matchAll(/^ {2}- change: ([a-z-]+)$/gm)].map((m) => m[1])));
    expect([...kinds].filter((k) => !used.has(k))).toEqual([]);
  });
});
