import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { tempDirs, treeDigest } from '../../../../tests/support/temp-tree.js';
import { runCli } from '../run-cli.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const temp = tempDirs();
const SCENARIO = 'complaint-about-the-chief-constable';

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, interactive: false });
  return { code, stdout, stderr };
}

/** A copy of the reference model to change. */
function copyOfGuide(): string {
  const model = join(temp('scenario'), 'model');
  cpSync(join(root, 'packages/guide/model'), model, { recursive: true });
  return model;
}

describe('opcc scenario new', () => {
  it('writes a starting scenario that validate passes with a warning for each placeholder', async () => {
    const model = copyOfGuide();
    const made = await run('scenario', 'new', 'gold-group-drill', '--map', 'major-incident-gold-group', '--model', model);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    const file = join(model, 'scenarios', 'gold-group-drill.yaml');
    expect(made.stdout).toBe(`wrote ${file}\n`);
    const checked = await run('validate', model, '--verbose', '--no-summary');
    expect(checked.code).toBe(0);
    const lines = checked.stdout.split('\n').filter((line) => /\d+:\d+ {2}/.test(line));
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line).toMatch(/^scenarios\/gold-group-drill\.yaml:\d+:\d+ {2}warning {2}scenario-placeholder {2}/);
    const { model: loaded } = await loadModel(model);
    expect(loaded.scenarios.find((s) => s.id === 'gold-group-drill')?.modules.map((m) => m.focus?.steps[0])).toEqual([
      'convene',
      'partner-liaison',
      'gold-strategy',
      'invite-commissioner',
      'observe',
      'seek-assurance',
      'communicate',
      'stood-down',
    ]);
  });

  it('refuses to replace a file, and a map the model does not have, writing nothing', async () => {
    const model = copyOfGuide();
    const before = treeDigest(model);
    const existing = await run('scenario', 'new', 'x', '--map', 'major-incident-gold-group', '--model', model, '--out', join(model, 'model.yaml'));
    expect(existing.code).toBe(2);
    expect(existing.stderr).toMatch(/^opcc: nothing was written: .*model\.yaml exists/);
    const unknown = await run('scenario', 'new', 'x', '--map', 'no-such-map', '--model', model);
    expect(unknown).toMatchObject({ code: 2, stderr: 'opcc: the model has no process map "no-such-map"\n' });
    expect(treeDigest(model)).toEqual(before);
  });
});

describe('opcc scenario new, given an id that cannot name a new scenario', () => {
  it('refuses an id that is not an id (no path outside the model) and one the model already has, writing nothing', async () => {
    const model = copyOfGuide();
    const parent = treeDigest(join(model, '..'));
    const escaping = await run('scenario', 'new', '../../escape', '--map', 'major-incident-gold-group', '--model', model);
    expect(escaping.code).toBe(2);
    expect(escaping.stderr).toMatch(/^opcc: .*scenario id/);
    const taken = await run(
      'scenario',
      'new',
      SCENARIO,
      '--map',
      'major-incident-gold-group',
      '--model',
      model,
      '--out',
      join(model, 'scenarios', 'again.yaml'),
    );
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/already has a scenario "complaint-about-the-chief-constable"/);
    expect(treeDigest(join(model, '..'))).toEqual(parent);
  });
});

describe('opcc scenario export-injects and import-injects', () => {
  it('round-trip the injects of a scenario through a spreadsheet', async () => {
    const model = copyOfGuide();
    const csvFile = join(temp('msel'), 'msel.csv');
    const exported = await run('scenario', 'export-injects', model, SCENARIO, '--out', csvFile);
    expect(exported.code).toBe(0);
    expect(readFileSync(csvFile, 'utf8').split('\r\n')[0]).toBe('module,id,time,scenarioTime,from,to,medium,content,expects,objectives,contingency');
    const before = (await loadModel(model)).model.scenarios.find((s) => s.id === SCENARIO);
    const imported = await run('scenario', 'import-injects', model, SCENARIO, csvFile);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toMatch(/^wrote 4 injects into .*complaint-about-the-chief-constable\.yaml\n$/);
    const after = await loadModel(model);
    expect(after.diagnostics).toEqual([]);
    expect(after.model.scenarios.find((s) => s.id === SCENARIO)).toEqual(before);
    // The comments at the top of the file are kept.
    expect(readFileSync(join(model, 'scenarios', `${SCENARIO}.yaml`), 'utf8')).toMatch(/^# Training scenario: a serious complaint/);
  });

  it('report each bad cell at its row and column, and write nothing', async () => {
    const model = copyOfGuide();
    const csvFile = join(temp('msel'), 'bad.csv');
    const printed = await run('scenario', 'export-injects', model, SCENARIO);
    writeFileSync(csvFile, printed.stdout.replace(',phone,', ',pigeon,'));
    const before = treeDigest(model);
    const imported = await run('scenario', 'import-injects', model, SCENARIO, csvFile);
    expect(imported.code).toBe(1);
    expect(imported.stdout).toMatch(/bad\.csv:2:\d+ {2}error {2}invalid-value {2}medium/);
    expect(treeDigest(model)).toEqual(before);
  });

  it('never overwrite a file it did not write, and replace its own unchanged export', async () => {
    const model = copyOfGuide();
    const folder = temp('msel');
    const users = join(folder, 'plan.csv');
    writeFileSync(users, 'my own plan\n');
    const refused = await run('scenario', 'export-injects', model, SCENARIO, '--out', users);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/nothing was written: .*plan\.csv exists and was not written by opcc export/);
    expect(readFileSync(users, 'utf8')).toBe('my own plan\n');
    const ours = join(folder, 'msel.csv');
    expect((await run('scenario', 'export-injects', model, SCENARIO, '--out', ours)).code).toBe(0);
    expect((await run('scenario', 'export-injects', model, SCENARIO, '--out', ours)).code).toBe(0);
    writeFileSync(ours, 'edited by hand\n');
    expect((await run('scenario', 'export-injects', model, SCENARIO, '--out', ours)).code).toBe(2);
    expect(readFileSync(ours, 'utf8')).toBe('edited by hand\n');
  });

  it('write no CSV into the model folder, where it would be read as part of the model', async () => {
    const model = copyOfGuide();
    const before = treeDigest(model);
    const result = await run('scenario', 'export-injects', model, SCENARIO, '--out', join(model, 'drill.csv'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/inside the model folder/);
    expect(treeDigest(model)).toEqual(before);
  });

  it('write the injects into the file the model loads, not a copy in a hidden folder', async () => {
    const model = copyOfGuide();
    const file = join(model, 'scenarios', `${SCENARIO}.yaml`);
    cpSync(file, join(model, '.history', 'old.yaml'));
    const hidden = readFileSync(join(model, '.history', 'old.yaml'), 'utf8');
    const csvFile = join(temp('msel'), 'msel.csv');
    expect((await run('scenario', 'export-injects', model, SCENARIO, '--out', csvFile)).code).toBe(0);
    const imported = await run('scenario', 'import-injects', model, SCENARIO, csvFile);
    expect(imported.stdout).toMatch(/into .*scenarios\/complaint-about-the-chief-constable\.yaml\n$/);
    expect(readFileSync(join(model, '.history', 'old.yaml'), 'utf8')).toBe(hidden);
  });

  it('refuse a scenario the model does not have', async () => {
    const result = await run('scenario', 'export-injects', join(root, 'packages/guide/model'), 'no-such-scenario');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^opcc: the model has no scenario "no-such-scenario"/);
  });
});
