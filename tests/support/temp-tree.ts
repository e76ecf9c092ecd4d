import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Makes temporary folders for one spec file and removes them all after its tests, so the
 * suite leaves nothing behind in the temporary folder.
 */
export function tempDirs(): (name: string) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return (name) => {
    const dir = mkdtempSync(join(tmpdir(), `opcc-${name}-`));
    made.push(dir);
    return dir;
  };
}

/**
 * Every entry under a folder (and the folder itself as '') with what it holds: a file's
 * SHA-256, a link's target, or "folder". Two equal digests mean nothing was changed.
 */
export function treeDigest(dir: string): Record<string, string> {
  const digest: Record<string, string> = { '': 'folder' };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const key = relative(dir, path).split(sep).join('/');
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) digest[key] = `link ${readlinkSync(path)}`;
    else digest[key] = stat.isDirectory() ? 'folder' : createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return digest;
}
