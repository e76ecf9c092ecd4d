// Runs around the whole test run, in vitest's main process: the test files run in workers that
// inherit the environment set here. Its teardown runs last, after every worker has ended.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/** Names the project's tests give what they make in the temporary folder. */
const OURS = /^opcc-/;
/** The folder of a whole test run (this one or another running at the same time). */
const RUN_PREFIX = 'opcc-test-run-';
/** Set for the test run and inherited by every process it starts, so one left running can be found. */
const MARKER = 'OPCC_TEST_RUN';
/** Where what several spec files share is made once (tests/support/run-once.ts); removed before the run is checked. */
const SHARED = 'opcc-shared';

let systemTemp = '';
let runTemp = '';
let before = new Set<string>();
const saved: Record<string, string | undefined> = {};

/**
 * Notes what the temporary folder holds, then gives the run a temporary folder of its own
 * (TMPDIR and friends, which os.tmpdir() reads in the workers) and marks its environment,
 * and gives the spec files a folder in it to share.
 */
export function setup(project: TestProject): void {
  systemTemp = tmpdir();
  before = new Set(readdirSync(systemTemp).filter((name) => OURS.test(name)));
  runTemp = mkdtempSync(join(systemTemp, RUN_PREFIX));
  for (const name of ['TMPDIR', 'TMP', 'TEMP', MARKER]) saved[name] = process.env[name];
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = runTemp;
  process.env[MARKER] = runTemp;
  mkdirSync(join(runTemp, SHARED));
  project.provide('sharedDir', join(runTemp, SHARED));
}

/**
 * Fails the run when the tests left anything in the temporary folder or a process running.
 * A teardown error would not fail vitest's run or count as a failed test, so it sets the exit
 * code and adds a failed test to the JSON report CI counts from.
 */
export async function teardown(): Promise<void> {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  const problems: string[] = [];
  rmSync(join(runTemp, SHARED), { recursive: true, force: true });
  const left = readdirSync(runTemp);
  if (left.length > 0) problems.push(`left in the temporary folder: ${left.join(', ')}`);
  const added = readdirSync(systemTemp).filter((name) => OURS.test(name) && !name.startsWith(RUN_PREFIX) && !before.has(name));
  if (added.length > 0) problems.push(`left in ${systemTemp}: ${added.join(', ')}`);
  let running = testProcesses();
  // A process stopped by the last test may still be on its way out.
  for (let wait = 0; running.length > 0 && wait < 20; wait += 1) {
    await new Promise((done) => setTimeout(done, 100));
    running = testProcesses();
  }
  if (running.length > 0) problems.push(`still running: ${running.join('; ')}`);
  rmSync(runTemp, { recursive: true, force: true });
  if (problems.length === 0) return;
  const message = `The test suite did not clean up after itself (make each test remove its folders and stop its processes):\n  ${problems.join('\n  ')}`;
  console.error(`\n${message}\n`);
  process.exitCode = 1;
  countAsFailedTest(message);
}

/** Processes started by this run that are still alive, as "pid command"; vitest's own helpers excepted. */
function testProcesses(): string[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return []; // Only Linux tells the environment of other processes; CI runs there.
  }
  const marker = `${MARKER}=${runTemp}`;
  return pids.flatMap((pid) => {
    try {
      if (Number(pid) === process.pid) return [];
      if (!readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(marker)) return [];
      // vitest's own children (its esbuild service) are vitest's to stop; a test's child outlives its worker.
      const parent = /^\d+ \(.*\) \S+ (\d+)/s.exec(readFileSync(`/proc/${pid}/stat`, 'latin1'))?.[1];
      if (Number(parent) === process.pid) return [];
      return [`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').join(' ').trim().slice(0, 200)}`];
    } catch {
      return [];
    }
  });
}

/** Adds the failure to the JSON report (written before teardown), so CI's count of failed tests includes it. */
function countAsFailedTest(message: string): void {
  const file = process.env['OPCC_VITEST_JSON'];
  if (file === undefined) return;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { testResults?: unknown[] };
    const count = (key: string) => (typeof report[key] === 'number' ? report[key] : 0);
    report['numFailedTests'] = count('numFailedTests') + 1;
    report['numTotalTests'] = count('numTotalTests') + 1;
    report['success'] = false;
    const title = 'the test suite leaves nothing behind';
    const failed = { title, fullName: title, status: 'failed', failureMessages: [message] };
    report.testResults = [...(report.testResults ?? []), { name: 'tests/global-setup.ts', status: 'failed', message, assertionResults: [failed] }];
    writeFileSync(file, JSON.stringify(report));
  } catch {
    // No report to amend: the exit code alone makes CI count a failure.
  }
}
