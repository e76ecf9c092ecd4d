import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs an ES module snippet in a fresh node under a locale and returns what it printed. ICU reads
 * the default locale once, at start-up, so changing `process.env.LANG` inside a test would not do.
 * The snippet runs from the repository root with the packages' TypeScript sources importable,
 * and gets a temporary folder of its own (tsx keeps its compile cache there), removed afterwards.
 */
export function runInLocale(locale: string, source: string): string {
  const temp = mkdtempSync(join(tmpdir(), 'opcc-locale-'));
  try {
    const run = spawnSync(process.execPath, ['--conditions=@opcc/source', '--import', 'tsx', '--input-type=module', '-e', source], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LANG: locale, LC_ALL: locale, NODE_OPTIONS: '', TMPDIR: temp, TMP: temp, TEMP: temp },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`node under ${locale} exited ${String(run.status)}: ${run.stderr}`);
    return run.stdout;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
