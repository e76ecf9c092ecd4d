import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs an ES module snippet in a fresh node under a locale and returns what it printed. ICU reads
 * the default locale once, at start-up, so changing `process.env.LANG` inside a test would not do.
 * The snippet runs from the repository root with the packages' TypeScript sources importable.
 */
export function runInLocale(locale: string, source: string): string {
  const run = spawnSync(process.execPath, ['--conditions=@opcc/source', '--import', 'tsx', '--input-type=module', '-e', source], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: locale, LC_ALL: locale, NODE_OPTIONS: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`node under ${locale} exited ${String(run.status)}: ${run.stderr}`);
  return run.stdout;
}
