import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyChangeSet, loadModel, toDocuments, type Model } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { tempDirs, treeDigest } from '../../../../tests/support/temp-tree.js';
import { runCli } from '../run-cli.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const guide = join(root, 'packages/guide/model');
const temp = tempDirs();
const OPTION = 'bring-public-order-into-the-alliance';

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, interactive: false });
  return { code, stdout, stderr };
}

/** A copy of the reference model, to change. */
function copyOfGuide(name = 'model'): string {
  const model = join(temp('impact'), name);
  cpSync(guide, model, { recursive: true });
  return model;
}

/** A copy of the reference model with one step of the lifecycle map moved to the OPCC's lane and the map retitled. */
function editedGuide(): string {
  const model = copyOfGuide('edited');
  const file = join(model, 'maps/alliance-business-area-lifecycle.yaml');
  const text = readFileSync(file, 'utf8');
  const moved = text
    .replace('title: Alliance business area lifecycle\n', 'title: Alliance business area life cycle\n')
    .replace(/(id: outline-business-case\n(?:.*\n){3}\s+lane: )force/, '$1opcc');
  expect(moved).not.toBe(text);
  writeFileSync(file, moved);
  return model;
}

const canonical = (model: Model) => toDocuments(model).filter((d) => d.kind !== 'change-set');

describe('opcc impact', () => {
  it('prints the report of a change set that applies cleanly, grouped as text, and exits 0', async () => {
    const result = await run('impact', guide, OPTION);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.startsWith('Impact of "Bring public order into the alliance" (bring-public-order-into-the-alliance)\n\nSummary\n')).toBe(true);
    expect(result.stdout).toContain('\nGlossary entries whose parties change\n  northshire: 6.3 Public order: responsible nobody → alliance-operations\n');
    expect(result.stdout).toContain('\nHand-offs between parties\n');
    expect(result.stdout).toContain('      added lane alliance (Alliance operations) of alliance-operations\n');
  });

  it('prints the same report as JSON and as Markdown', async () => {
    const json = await run('impact', guide, OPTION, '--format', 'json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { summary: Record<string, number>; entries: Array<{ code: string }> };
    expect(report.summary).toMatchObject({ entriesMoved: 2, handOffsAdded: 2, mapsTouched: 1, risks: 0 });
    expect(report.entries.map((e) => e.code)).toEqual(['6.3', '6.3']);
    const markdown = await run('impact', guide, OPTION, '--format', 'markdown');
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(
      /^# Impact of "Bring public order into the alliance" \(bring-public-order-into-the-alliance\)\n\n## Summary\n\n\| Measure \| Count \|/,
    );
    expect(markdown.stdout).toContain('| Glossary entries whose parties change | 2 |\n');
  });

  it('exits 1 with the located diagnostics when a change set does not apply, and 2 for a change set the model lacks', async () => {
    const model = copyOfGuide();
    mkdirSync(join(model, 'change-sets'), { recursive: true });
    writeFileSync(
      join(model, 'change-sets/broken.yaml'),
      'kind: change-set\nid: broken\ntitle: Broken\nrationale: Moves a step that is not there.\nstatus: proposed\nchanges:\n' +
        '  - change: move-step\n    map: major-incident-gold-group\n    step: no-such-step\n    lane: opcc\n',
    );
    const broken = await run('impact', model, 'broken');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^change-sets\/broken\.yaml:\d+:\d+ {2}warning {2}change-target-missing {2}/m);
    expect(broken.stdout).toMatch(/Change set "broken" does not apply to the model\.\n$/);
    // Another option of the same model is not held up by the broken one, nor shows its problems.
    const other = await run('impact', model, OPTION);
    expect(other.code).toBe(0);
    expect(other.stdout).not.toContain('broken');
    expect((await run('validate', model)).code).toBe(0);
    const unknown = await run('impact', guide, 'no-such-option');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^opcc: the model has no change set "no-such-option" \(it has: .*bring-public-order-into-the-alliance/);
    expect(unknown.stdout).toBe('');
  });

  it('prints the report of a change set that breaks the model, with the breaks, then exits 1', async () => {
    const model = copyOfGuide();
    writeFileSync(
      join(model, 'change-sets/drop-assurance.yaml'),
      'kind: change-set\nid: drop-assurance\ntitle: Drop assurance\nrationale: Gate without assurance.\nstatus: proposed\nchanges:\n' +
        '  - change: update-step\n    map: alliance-business-area-lifecycle\n    step: gate-outline\n    set: { title: Gate the outline }\n' +
        '  - change: remove-step\n    map: alliance-business-area-lifecycle\n    step: assure-outline\n',
    );
    const result = await run('impact', model, 'drop-assurance');
    expect(result.code).toBe(1);
    expect(result.stdout.startsWith('Impact of "Drop assurance" (drop-assurance)\n\nSummary\n')).toBe(true);
    expect(result.stdout).toMatch(/\nScenario steps that no longer exist\n {2}alliance-business-area .*assure-outline/);
    // Each break once, at the change that brings it (the second), naming where the error is.
    const breaks = result.stdout.split('\n').filter((line) => line.includes('change-set-breaks-model'));
    expect(breaks.length).toBeGreaterThan(0);
    expect(new Set(breaks).size).toBe(breaks.length);
    for (const line of breaks)
      expect(line).toMatch(/^change-sets\/drop-assurance\.yaml:11:5 {2}warning {2}change-set-breaks-model {2}change 2 \(remove-step\) .* in scenarios\//);
    expect(result.stdout).toMatch(/Change set "drop-assurance" applies, but leaves the model with errors it does not have now\.\n$/);
    const json = await run('impact', model, 'drop-assurance', '--format', 'json');
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { risks: Array<{ severity: string }> }).risks.some((r) => r.severity === 'error')).toBe(true);
  });

  it('exits 2 when misused: a missing change set id, an unknown format, a folder that is not there', async () => {
    expect((await run('impact', guide)).code).toBe(2);
    expect((await run('impact', guide, OPTION, '--format', 'pdf')).code).toBe(2);
    expect((await run('impact', join(temp('impact'), 'nothing-here'), OPTION)).code).toBe(2);
  });
});

describe('opcc diff', () => {
  it('prints the report of going from one model folder to another', async () => {
    const edited = editedGuide();
    const result = await run('diff', guide, edited);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('\nBoundary conflicts\n  northshire: alliance-business-area-lifecycle/outline-business-case');
    expect(result.stdout).toContain(
      '      step outline-business-case (Scope the business area and write the outline business case) moved from lane force to opcc\n',
    );
    expect(result.stdout).toContain('      fields changed: title\n');
    const same = await run('diff', guide, guide, '--format', 'json');
    expect(JSON.parse(same.stdout)).toMatchObject({ summary: { mapsTouched: 0, entriesMoved: 0, risks: 0 } });
  });

  it('writes the difference as a change set that, applied to the first model, gives the second', async () => {
    const edited = editedGuide();
    const result = await run('diff', guide, edited, '--change-set', '--id', 'life-cycle', '--title', 'Life cycle');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^kind: change-set\nid: life-cycle\ntitle: Life cycle\n/);
    const model = copyOfGuide();
    writeFileSync(join(model, 'change-sets', 'life-cycle.yaml'), result.stdout);
    expect((await run('impact', model, 'life-cycle')).code).toBe(0);
    const [before, after] = await Promise.all([loadModel(model), loadModel(edited)]);
    const option = before.model.changeSets.find((c) => c.id === 'life-cycle')!;
    expect(canonical(applyChangeSet(before.model, option).model)).toEqual(canonical(after.model));
  });

  it('says so and writes nothing when the models differ in nothing a change set can say', async () => {
    const result = await run('diff', guide, guide, '--change-set');
    expect(result).toMatchObject({ code: 0, stdout: 'The models differ in nothing a change set can say; nothing was written.\n' });
  });

  it('writes --out only outside both model folders, never over a file it did not write, and over its own', async () => {
    const edited = editedGuide();
    const inside = join(edited, 'life-cycle.yaml');
    const digest = treeDigest(edited);
    const refused = await run('diff', guide, edited, '--change-set', '--out', inside);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^opcc: nothing was written: .*life-cycle\.yaml is inside the model folder /);
    expect(treeDigest(edited)).toEqual(digest);

    const out = join(temp('impact'), 'options');
    mkdirSync(out);
    const theirs = join(out, 'theirs.yaml');
    writeFileSync(theirs, 'not ours\n');
    const blocked = await run('diff', guide, edited, '--change-set', '--out', theirs);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/theirs\.yaml exists and was not written by opcc export/);
    expect(readFileSync(theirs, 'utf8')).toBe('not ours\n');

    const ours = join(out, 'life-cycle.yaml');
    const first = await run('diff', guide, edited, '--change-set', '--out', ours);
    expect(first).toMatchObject({ code: 0, stdout: `wrote ${ours}\n` });
    expect(readFileSync(ours, 'utf8')).toMatch(/^kind: change-set\n/);
    const again = await run('diff', guide, edited, '--change-set', '--out', ours, '--id', 'again');
    expect(again.code).toBe(0);
    expect(readFileSync(ours, 'utf8')).toMatch(/^kind: change-set\nid: again\n/);
    expect(existsSync(join(out, '.opcc-export.json'))).toBe(true);
  });

  it('writes nothing into any model folder, whatever the extension, through a link, or into a third model', async () => {
    const edited = editedGuide();
    const other = copyOfGuide('other');
    const outside = temp('impact');
    symlinkSync(edited, join(outside, 'link'));
    const digests = () => [treeDigest(edited), treeDigest(other)];
    const before = digests();
    for (const out of [join(edited, 'notes.txt'), join(edited, 'deeper', 'x.yaml'), join(outside, 'link', 'via-link.yaml'), join(other, 'x.yaml')]) {
      const refused = await run('diff', guide, edited, '--change-set', '--out', out);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/^opcc: nothing was written: .* is inside the model folder /);
    }
    expect(digests()).toEqual(before);
    expect(existsSync(join(edited, '.opcc-export.json'))).toBe(false);
    expect(existsSync(join(edited, 'deeper'))).toBe(false);
    expect((await run('validate', other)).code).toBe(0);
  });

  it('refuses an --id that is not an id, writing nothing', async () => {
    const result = await run('diff', guide, editedGuide(), '--change-set', '--id', 'Not An Id');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^opcc: nothing was written: the change set would not be valid: id /);
    expect(result.stdout).toBe('');
  });

  it('exits 2 for --out without --change-set, and 1 when a folder has errors', async () => {
    const misuse = await run('diff', guide, guide, '--out', join(temp('impact'), 'x.yaml'));
    expect(misuse).toMatchObject({ code: 2, stderr: 'opcc: --out, --id and --title go with --change-set\n' });
    const broken = copyOfGuide('broken');
    writeFileSync(join(broken, 'parties.yaml'), 'kind: parties\nparties: [{ id: pcc }]\n');
    const result = await run('diff', guide, broken);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^parties\.yaml:\d+:\d+ {2}error {2}/m);
  });
});
