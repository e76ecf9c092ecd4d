import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOnce } from './run-once.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsup = join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js');

/** Every package, in dependency order, so that each build finds the declarations of the packages it uses. */
export const PUBLISHED = ['core', 'guide', 'render', 'site', 'cli'] as const;

/** One of the published packages. */
export type PublishedName = (typeof PUBLISHED)[number];

// Blocking, as a build is all the worker has to do meanwhile: a timed-out hook cannot leave a build running.
function buildOne(name: PublishedName): void {
  const run = spawnSync(process.execPath, [tsup], { cwd: join(root, 'packages', name), encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  if (run.status !== 0) throw new Error(`building @opcc/${name} failed (${String(run.status)}):\n${run.stdout}${run.stderr}`);
}

/**
 * Builds every package as it is published into its own dist folder, once per test run for every spec file that
 * loads or packs the builds: each waits for the same build rather than making its own.
 * @example
 * ```ts
 * beforeAll(() => builtPackages(), 600_000);
 * ```
 * @throws Error when a package fails to build.
 */
export async function builtPackages(): Promise<void> {
  await runOnce('package-builds', async () => {
    for (const name of PUBLISHED) buildOne(name);
  });
}
