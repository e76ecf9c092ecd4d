import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../../../tests/support/temp-tree.js';
import { runCli } from '../run-cli.js';

const temp = tempDirs();
// The authoring example: a small model whose one scenario has a model answer, what to observe, a debrief and a contingency inject.
const model = fileURLToPath(new URL('../../../../examples/authoring', import.meta.url));
const facilitator = 'scenario-first-public-meeting-facilitator.html';
const staffPages = [facilitator, 'scenario-first-public-meeting-guide.html', 'scenario-first-public-meeting-cards.html'];
const playerPages = ['scenario-first-public-meeting.html', 'scenario-first-public-meeting-run.html', 'scenario-first-public-meeting-handout.html'];
// Staff text of the example scenario: its model answer, the words of its contingency inject, and what to observe.
const secrets = ['Arrange a meeting in that district', "The Commissioner's office chases the dates", 'The team names each district'];

async function opcc(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, interactive: false });
  return { code, stdout, stderr };
}

/** Every file of a site folder, as text. */
function siteText(site: string): string {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8').replaceAll('&#39;', "'"))
    .join('\n');
}

/** Says what a built folder is: the full site, or the participants' site with no staff page and no staff text in any file. */
function edition(site: string): 'all' | 'participants' {
  for (const page of playerPages) expect(existsSync(join(site, page)), page).toBe(true);
  const text = siteText(site);
  if (staffPages.every((page) => existsSync(join(site, page))) && secrets.every((s) => text.includes(s))) return 'all';
  for (const page of staffPages) expect(existsSync(join(site, page)), page).toBe(false);
  for (const secret of secrets) expect(text, secret).not.toContain(secret);
  expect(readFileSync(join(site, 'scenarios.html'), 'utf8')).toContain('<strong>Participant edition:</strong> facilitator material is not included.');
  return 'participants';
}

function entries(cache: string, folder: string): number {
  return existsSync(join(cache, 'site', folder)) ? readdirSync(join(cache, 'site', folder)).filter((n) => n.endsWith('.json')).length : 0;
}

describe('opcc build --audience', () => {
  it('builds every page by default and with all; with participants, no page or text for staff, and says so', async () => {
    const root = temp('audience');
    const built = {
      default: await opcc(root, 'build', model, '--out', 'default', '--no-cache'),
      all: await opcc(root, 'build', model, '--out', 'all', '--no-cache', '--audience', 'all'),
      participants: await opcc(root, 'build', model, '--out', 'participants', '--no-cache', '--audience', 'participants'),
    };
    for (const [name, result] of Object.entries(built)) expect(result.code, name + result.stdout + result.stderr).toBe(0);
    expect(edition(join(root, 'default'))).toBe('all');
    expect(edition(join(root, 'all'))).toBe('all');
    expect(edition(join(root, 'participants'))).toBe('participants');
    expect(built.participants.stdout).toContain('Participant edition: no facilitator views, facilitator guides, inject cards or answers.\n');
    expect(built.all.stdout).not.toContain('Participant edition');
  }, 120_000);

  it('refuses an audience it does not know with exit 2, naming the choices, and writes nothing', async () => {
    const root = temp('audience');
    const result = await opcc(root, 'build', model, '--out', 'site', '--no-cache', '--audience', 'staff');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: option '--audience <audience>' argument 'staff' is invalid. Allowed choices are all, participants.");
    expect(result.stdout).toBe('');
    expect(existsSync(join(root, 'site'))).toBe(false);
  });

  it('names the option and its choices in the help', async () => {
    const { code, stdout } = await opcc(temp('audience'), 'build', '--help');
    expect(code).toBe(0);
    expect(stdout.replace(/\s+/g, ' ')).toMatch(/--audience <audience> who the site is for: .* \(choices: "all", "participants", default: "all"\)/);
  });

  it('never takes a site kept in the cache for the other audience, however the builds alternate', async () => {
    const root = temp('audience');
    const cache = join(root, 'cache');
    const build = async (out: string, audience: string) => {
      const result = await opcc(root, 'build', model, '--out', out, '--cache', cache, '--audience', audience);
      expect(result.code, result.stdout + result.stderr).toBe(0);
      return edition(join(root, out));
    };
    expect(await build('full', 'all')).toBe('all');
    expect(await build('players', 'participants')).toBe('participants');
    // Each audience's site is kept apart, by the model and by its files.
    expect([entries(cache, 'sites'), entries(cache, 'inputs')]).toEqual([2, 2]);
    // Now each is answered from the cache: into new folders, so a stale folder cannot pass for a right answer.
    expect(await build('full-again', 'all')).toBe('all');
    expect(await build('players-again', 'participants')).toBe('participants');
    expect(await build('full', 'participants')).toBe('participants');
    expect(await build('players', 'all')).toBe('all');
    expect([entries(cache, 'sites'), entries(cache, 'inputs')]).toEqual([2, 2]);
  }, 120_000);
});
