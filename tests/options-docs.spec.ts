import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyChangeSet, formatDiagnostic, impact, jsonSchemaFor, loadModelFromFiles, type LoadResult } from '@opcc/core';
import { runCli } from '@opcc/cli';
import { guideModelDir } from '@opcc/guide';
import { describe, expect, it } from 'vitest';
import { brokenLinks } from './support/doc-links.js';
import { tempDirs } from './support/temp-tree.js';

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

/** Every kind of change the change-set schema has. */
function changeKinds(): Set<string> {
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
  return kinds;
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
    const kinds = changeKinds();
    expect(kinds.size).toBeGreaterThan(30);
    const used = new Set([...exampleFiles, ...referenceChangeSets].flatMap((f) => [...f.text.matchAll(/^ {2}- change: ([a-z-]+)$/gm)].map((m) => m[1])));
    expect([...kinds].filter((k) => !used.has(k))).toEqual([]);
  });
});

const doc = readFileSync(resolve(root, 'docs/options-for-change.md'), 'utf8');
const blocks = [...doc.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({ language: m[1] ?? '', text: m[2] ?? '' }));

describe('docs/options-for-change.md', () => {
  it("shows only parts of real change sets: the examples and the reference model's own", () => {
    const yaml = blocks.filter((b) => b.language === 'yaml');
    expect(yaml.length).toBeGreaterThan(30);
    const sources = [...exampleFiles, ...referenceChangeSets].map((f) => f.text);
    for (const block of yaml)
      expect(
        sources.some((text) => text.includes(block.text)),
        block.text,
      ).toBe(true);
  });

  it('gives an example of every kind of change it lists, and lists every kind there is', () => {
    const listed = [...doc.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    const shown = new Set(blocks.filter((b) => b.language === 'yaml').flatMap((b) => [...b.text.matchAll(/^ {2}- change: ([a-z-]+)$/gm)].map((m) => m[1])));
    expect(listed.filter((kind) => !shown.has(kind))).toEqual([]);
    expect(new Set(listed)).toEqual(changeKinds());
  });

  it("compares the reference model's options with the figures opcc impact gives them", () => {
    const rows = [...doc.matchAll(/^\| ([a-z-]+) \| ([a-z]+) \|((?: \d+ \|){7})$/gm)].map((m) => [
      m[1],
      m[2],
      ...(m[3] ?? '')
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean)
        .map(Number),
    ]);
    const { model } = loadModelFromFiles(guideFiles);
    expect(rows.map((r) => r[0])).toEqual(model.changeSets.map((c) => c.id));
    for (const changeSet of model.changeSets) {
      const s = impact(model, applyChangeSet(model, changeSet).model).summary;
      const figures = [s.entriesMoved, s.gapsCreated, s.overlapsCreated, s.boundaryConflicts, s.handOffsAdded, s.handOffsRemoved, s.risks];
      expect(rows.find((r) => r[0] === changeSet.id)).toEqual([changeSet.id, changeSet.status, ...figures]);
    }
  });

  it('links only to files and headings that exist', () => {
    expect(brokenLinks(doc, resolve(root, 'docs'))).toEqual([]);
  });

  it('shows what each command it runs really prints, and says which exit with problems', async () => {
    const shown = [...doc.matchAll(/^```sh\n(opcc [^\n]+)\n```\n\n```text\n([\s\S]*?)^```$/gm)].map((m) => ({ command: m[1] ?? '', output: m[2] ?? '' }));
    expect(shown.map((s) => s.command).sort()).toEqual(Object.keys(RUNS).sort());
    for (const { command, output } of shown) {
      const work = temp('options-doc');
      const { cwd, exit } = RUNS[command]!(work);
      let printed = '';
      const io = { stdout: (t: string) => (printed += t), stderr: (t: string) => (printed += t), cwd, interactive: false };
      expect(await runCli(command.split(' ').slice(1), io), command).toBe(exit);
      expect(printed.replaceAll(work, '/path/to').replace(/\n+$/, '\n'), command).toBe(output);
    }
  }, 60_000);
});

const temp = tempDirs();

/** A copy of the reference model in a folder, with an example change set in its change-sets folder. */
function modelIn(work: string, name: string, example?: string): string {
  const dir = join(work, name);
  cpSync(guideModelDir, dir, { recursive: true });
  if (example !== undefined) cpSync(join(examplesDir, example), join(dir, 'change-sets', example));
  return dir;
}

/** Each command the guide runs: the folders it runs in, made as the guide describes them, and its exit code. */
const RUNS: Record<string, (work: string) => { cwd: string; exit: number }> = {
  'opcc impact packages/guide/model bring-public-order-into-the-alliance': () => ({ cwd: root, exit: 0 }),
  'opcc impact packages/guide/model take-on-initial-complaint-handling': () => ({ cwd: root, exit: 0 }),
  'opcc impact packages/guide/model what-not-to-do-opcc-decides-complaints': () => ({ cwd: root, exit: 0 }),
  'opcc impact my-model estates-to-the-force-in-northshire': (work) => (modelIn(work, 'my-model', 'conflict.yaml'), { cwd: work, exit: 1 }),
  'opcc impact my-model leave-the-northern-region': (work) => (modelIn(work, 'my-model', 'breaks-the-model.yaml'), { cwd: work, exit: 1 }),
  'opcc diff last-year my-model': (work) => (lastYearAndNow(work), { cwd: work, exit: 0 }),
  'opcc diff last-year my-model --change-set --id force-prepares-the-plan': (work) => (lastYearAndNow(work), { cwd: work, exit: 0 }),
};

/** Last year's model, and this year's: the same, with the one edit the guide describes, prepare-mtfp moved into the force's lane. */
function lastYearAndNow(work: string): void {
  modelIn(work, 'last-year');
  const file = join(modelIn(work, 'my-model'), 'maps/budget-and-precept.yaml');
  const text = readFileSync(file, 'utf8');
  const edited = text.replace('    code: 1.5.1.1\n    lane: opcc\n', '    code: 1.5.1.1\n    lane: force\n');
  expect(edited).not.toBe(text);
  writeFileSync(file, edited);
}
