import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder of the test run's own (tests/global-setup.ts), removed at its end, for what several spec files share. */
    sharedDir: string;
  }
}

/** How long a spec file waits for another to finish making what they share: a build on a busy two-core machine. */
const WAIT_MS = 900_000;

/**
 * Makes something once per test run, whichever spec file asks first, and gives every file that asks its folder.
 * The spec files run in separate processes: the first claims the folder, the others wait until it is done,
 * and a failure to make it fails every file that asked, with the first one's error.
 * @example
 * ```ts
 * const dir = await runOnce('reference-site', (dir) => buildSite(guide, { out: join(dir, 'site') }));
 * ```
 * @throws Error when making it failed here or in another spec file, or took longer than a quarter of an hour.
 */
export async function runOnce(name: string, make: (dir: string) => Promise<unknown>): Promise<string> {
  const shared = inject('sharedDir');
  const dir = join(shared, name);
  const done = join(shared, `${name}.done`);
  const failed = join(shared, `${name}.failed`);
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    for (const start = Date.now(); !existsSync(done); await new Promise((next) => setTimeout(next, 200))) {
      if (existsSync(failed)) throw new Error(`${name}, made for this run by another spec file, failed:\n${readFileSync(failed, 'utf8')}`);
      if (Date.now() - start > WAIT_MS) throw new Error(`${name}, made for this run by another spec file, was not done in ${WAIT_MS / 1000} s`);
    }
    return dir;
  }
  try {
    await make(dir);
  } catch (error) {
    writeFileSync(failed, error instanceof Error ? (error.stack ?? error.message) : String(error));
    throw error;
  }
  writeFileSync(done, '');
  return dir;
}
