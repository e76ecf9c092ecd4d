import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, STEP_KINDS, formatDiagnostic, loadModel, loadModelFromFiles, type Diagnostic } from '@opcc/core';
import { runCli } from '@opcc/cli';
import { tempDirs } from './support/temp-tree.js';
import { YamlLanguageClient, type LspCompletionItem, type LspDiagnostic } from './support/yaml-language-client.js';

/*
 * The docs promise completion and checking as people type, through the shipped JSON Schemas. These
 * tests hold the schemas to that with the YAML language server that VS Code's YAML extension runs:
 * every example opens clean, one mistake per kind of document is reported once at its line in
 * words, completion and hover help, and the editor and `opcc validate` agree.
 */

const root = fileURLToPath(new URL('../', import.meta.url));
const temp = tempDirs();
const MODEL_FOLDERS = ['examples/authoring', 'examples/minimal', 'packages/guide/model'];
const AUTHORING = resolve(root, 'examples/authoring');
const MODEL_SCHEMA = resolve(root, 'packages/core/schemas/opcc-model.schema.json');
/** A file that exists only in the server, never on disk, beside the examples so their schema comments still point right. */
const scratch = (name: string): string => join(AUTHORING, `editor-check-${name}.yaml`);
const OUTSIDE_SETTINGS = resolve(root, 'docs/editor-check.yaml');

/** Every YAML file under a folder, as absolute paths. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(dir, name))
    .sort();
}

/** A diagnostic of the editor as "line: message", lines counted from 1 as `opcc validate` counts them. */
const shown = (d: LspDiagnostic): string => `${d.range.start.line + 1}: ${d.message}`;

/** The text a completion puts into the document. */
const inserted = (item: LspCompletionItem): string => item.textEdit?.newText ?? item.insertText ?? item.label;

/** Opens files at once and returns those the server found problems in, with the problems, by their path from `base`. */
async function problemsIn(client: YamlLanguageClient, files: readonly string[], base: string): Promise<Array<{ file: string; found: string[] }>> {
  const opened = await Promise.all(
    files.map(async (file) => ({ file: relative(base, file), found: (await client.open(file, readFileSync(file, 'utf8'))).map(shown) })),
  );
  await Promise.all(files.map((file) => client.close(file)));
  return opened.filter(({ found }) => found.length > 0);
}

let repo: YamlLanguageClient;

beforeAll(async () => {
  // As a workspace's settings would, this associates the schema with the model folders, so every document of a file is checked.
  repo = await YamlLanguageClient.start(root, { schemas: { [MODEL_SCHEMA]: MODEL_FOLDERS.map((folder) => `${folder}/**/*.yaml`) } });
});

afterAll(async () => {
  await repo.stop();
});

describe('the shipped JSON Schemas in the YAML language server', () => {
  it.each(MODEL_FOLDERS)('open every file of %s with no diagnostics, as `opcc validate` finds none', async (folder) => {
    const dir = resolve(root, folder);
    const { diagnostics } = await loadModel(dir);
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    const files = yamlFiles(dir);
    expect(files.length).toBeGreaterThan(0);
    expect(await problemsIn(repo, files, root)).toEqual([]);
  });

  it('open a fresh `opcc init` model with no diagnostics, under the settings init writes', async () => {
    const dir = join(temp('editor-init'), 'my-model');
    expect(await runCli(['init', dir], { stdout: () => undefined, stderr: () => undefined, cwd: root, interactive: false })).toBe(0);
    const settings = JSON.parse(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    const client = await YamlLanguageClient.start(dir, { schemas: settings['yaml.schemas'] });
    try {
      const files = yamlFiles(dir);
      expect(files.length).toBeGreaterThan(20);
      expect(await problemsIn(client, files, dir)).toEqual([]);
      // The settings reach every file: a mistake in a file of a sub-folder is found.
      const map = files.find((file) => file.includes(join('maps', '')));
      expect(map).toBeDefined();
      const broken = readFileSync(map ?? '', 'utf8').replace(/^title: .*$/m, 'title: "  "');
      expect(broken).toContain('title: "  "');
      expect((await client.open(map ?? '', broken)).map((d) => d.message)).toEqual(['This must not be blank.']);
    } finally {
      await client.stop();
    }
  });
});

/** One mistake in a copy of an example: the text changed, and the words of the one diagnostic it must get. */
interface Mistake {
  readonly find: string;
  readonly replace: string;
  readonly message: RegExp;
}

// One per kind of document, among them the issues editors got wrong: blank text, out-of-range
// numbers, patterns, and a mistake in the second document of a file.
const MISTAKES: Readonly<Record<string, Mistake>> = {
  model: { find: 'title: Northshire OPCC operating model', replace: 'title: "  "', message: /^This must not be blank\.$/ },
  glossary: { find: '  - code: 1.1.2\n', replace: '  - code: 1-1-2\n', message: /^A glossary code is whole numbers without leading zeros joined by dots/ },
  parties: { find: 'type: commissioner', replace: 'type: commisioner', message: /^Value is not accepted\. Valid values: "commissioner"/ },
  'accountability-profile': { find: 'area: Northshire', replace: 'areas: Northshire', message: /^Property areas is not allowed\.$/ },
  'value-chain': { find: '  - id: develop\n', replace: '  - id: Develop\n', message: /^An id is lower-case letters and digits in words joined by hyphens/ },
  'process-map': {
    find: '{ id: stakeholder-map, kind: output,',
    replace: '{ id: stakeholder-map, kind: outptu,',
    message: /^Value must be "start" \| "end" \| "activity" \| "decision"/,
  },
  stakeholders: { find: 'influence: 3, interest: 4 }', replace: 'influence: 9, interest: 4 }', message: /^Value is above the maximum of 5\.$/ },
  'relationship-map': { find: 'layout: network', replace: 'layout: web', message: /^Value is not accepted\. Valid values: "network", "hierarchy"\.$/ },
  'relation-kinds': { find: '    title: presents the police and crime plan to', replace: '    title: ""', message: /^This must not be blank\.$/ },
  'outcome-framework': { find: 'unit: per 1000', replace: 'unit: [per 1000]', message: /^Incorrect type\. Expected "string"\.$/ },
  references: {
    find: 'href: https://www.police.uk/',
    replace: 'href: javascript:alert(1)',
    message: /^A link starts with http:\/\/, https:\/\/ or mailto:, or is a path relative to the model folder\.$/,
  },
  collaboration: { find: 'percent: 70', replace: 'percent: 150', message: /^Value is above the maximum of 100\.$/ },
  scenario: { find: 'marking: OFFICIAL', replace: 'markings: OFFICIAL', message: /^Property markings is not allowed\.$/ },
  'change-set': { find: 'status: proposed', replace: 'status: propsed', message: /^Value is not accepted\. Valid values: "proposed"/ },
};

/** The errors `opcc validate` reports for the authoring examples with one file's text replaced. */
function validateWith(name: string, text: string): Diagnostic[] {
  const files = readdirSync(AUTHORING)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({ path: file, text: file === name ? text : readFileSync(join(AUTHORING, file), 'utf8') }));
  return loadModelFromFiles(files).diagnostics.filter((d) => d.severity === 'error');
}

describe('a mistake in each kind of document', () => {
  it('has a mistake to make for every kind of document', () => {
    expect(Object.keys(MISTAKES).sort()).toEqual([...DOCUMENT_KINDS].sort());
  });

  it.each(DOCUMENT_KINDS)('in %s gets one diagnostic at its line, in words, and `opcc validate` reports it there too', async (kind) => {
    const mistake = MISTAKES[kind];
    if (mistake === undefined) throw new Error(`no mistake for ${kind}`);
    const text = readFileSync(join(AUTHORING, `${kind}.yaml`), 'utf8');
    expect(text).toContain(mistake.find);
    const broken = text.replace(mistake.find, mistake.replace);
    const line = broken.slice(0, broken.indexOf(mistake.replace)).split('\n').length + (mistake.replace.startsWith('\n') ? 1 : 0);
    const path = scratch(kind);
    const found = await repo.open(path, broken);
    await repo.close(path);
    expect(found.map(shown)).toEqual([expect.stringMatching(new RegExp(`^${line}: `))]);
    expect(found[0]?.message).toMatch(mistake.message);
    // Patterns are explained, never shown.
    expect(found[0]?.message).not.toMatch(/\^|\\d|\(\?:|does not match the pattern/);
    const errors = validateWith(`${kind}.yaml`, broken);
    expect(errors.map((d) => d.line)).toContain(line);
  });
});

describe('documents after ---', () => {
  it('are each checked against their own kind when settings give the schema', async () => {
    const text = [
      'kind: parties',
      'parties: []',
      'colour: blue',
      '---',
      'kind: stakeholders',
      'stakeholders:',
      '  - { id: a, title: A, type: role, influence: 9 }',
      '',
    ];
    const found = await repo.open(scratch('two-kinds'), text.join('\n'));
    await repo.close(scratch('two-kinds'));
    expect(found.map((d) => [shown(d), d.source])).toEqual([
      ['3: Property colour is not allowed.', 'yaml-schema: Parties'],
      ['7: Value is above the maximum of 5.', 'yaml-schema: Stakeholder register'],
    ]);
  });

  it('are checked through a schema comment only when the comment is repeated after each --- (as the docs say)', async () => {
    const comment = '# yaml-language-server: $schema=../packages/core/schemas/opcc-model.schema.json';
    const second = ['kind: parties', 'parties: []', 'colour: blue'];
    const once = [comment, 'kind: parties', 'parties: []', '---', ...second, ''].join('\n');
    const repeated = [comment, 'kind: parties', 'parties: []', '---', comment, ...second, ''].join('\n');
    expect((await repo.open(OUTSIDE_SETTINGS, once)).map(shown)).toEqual([]);
    await repo.close(OUTSIDE_SETTINGS);
    expect((await repo.open(OUTSIDE_SETTINGS, repeated)).map(shown)).toEqual(['8: Property colour is not allowed.']);
    await repo.close(OUTSIDE_SETTINGS);
  });
});

describe('completion and hover', () => {
  const mapText = [
    'kind: process-map',
    'id: engage',
    'title: Engage',
    'steps:',
    '  - id: consult',
    '    kind: activity',
    '    title: Consult the public',
    '    ',
    '  - ',
    '---',
    'ki',
    '',
  ].join('\n');
  const mapPath = scratch('completion');

  beforeAll(async () => {
    // Only the two places left to complete are unfinished: the empty step and the empty document.
    const found = await repo.open(mapPath, mapText);
    expect(found.map((d) => d.range.start.line + 1)).toEqual([9, 11]);
    expect(found[0]?.message).toBe(
      'Incorrect type. Expected "Start step | End step | Activity step | Decision step | Output step | Sub-process step | Reference step".',
    );
  });

  afterAll(() => repo.close(mapPath));

  it('offers `kind: ` with every kind of document, and a start of each kind, in a new document', async () => {
    const items = await repo.completion(mapPath, { line: 10, character: 2 });
    const kind = items.find((item) => item.label === 'kind');
    expect(inserted(kind ?? { label: '' })).toBe(`kind: \${1|${DOCUMENT_KINDS.join(',')}|}`);
    expect(kind?.documentation).toBeTruthy();
    for (const each of DOCUMENT_KINDS) expect(items.map(inserted)).toContainEqual(expect.stringMatching(new RegExp(`^kind: ${each}(\\n|$)`)));
  });

  it('offers the fields of a step with `: `, each described', async () => {
    const items = await repo.completion(mapPath, { line: 7, character: 4 });
    const fields = Object.fromEntries(items.map((item) => [item.label, item]));
    for (const field of ['lane', 'guidance', 'code']) {
      expect(inserted(fields[field] ?? { label: field })).toBe(`${field}: `);
      expect(fields[field]?.documentation).toBeTruthy();
    }
    expect(inserted(fields['references'] ?? { label: 'references' })).toMatch(/^references:/);
  });

  it('offers the seven kinds of step as seven different entries', async () => {
    const items = await repo.completion(mapPath, { line: 8, character: 4 });
    const kindOf = (item: LspCompletionItem): string | undefined => /(?:^|\n)\s*kind: ([a-z-]+)(?:\n|$)/.exec(inserted(item))?.[1];
    const steps = items.filter((item) => kindOf(item) !== undefined);
    expect(steps.map(kindOf)).toEqual([...STEP_KINDS]);
    expect(new Set(steps.map((item) => item.label)).size).toBe(STEP_KINDS.length);
    expect(steps.map((item) => item.label)).not.toContain('object');
  });

  it('describes `kind` and the fields of a step on hover', async () => {
    expect(await repo.hover(mapPath, { line: 0, character: 1 })).toContain('The kind of document: process-map');
    expect(await repo.hover(mapPath, { line: 5, character: 5 })).toContain('Activity step: Work that someone does');
    expect(await repo.hover(mapPath, { line: 3, character: 1 })).toContain('The shapes on the map');
    expect(await repo.hover(mapPath, { line: 6, character: 5 })).toContain('A short, human-readable title.');
  });
});
