import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { sha256 } from '@opcc/core/files';

/**
 * The list `opcc export` keeps in each folder it writes to: the SHA-256 of every file it
 * wrote there, so a later export knows which files are its own and still as it left them.
 */
export const EXPORT_MANIFEST = '.opcc-export.json';

/** The names a model's manifest goes by: a folder holding one, or below one, is a model folder. */
const MODEL_MANIFESTS = ['model.yaml', 'model.yml', 'model.json'];

/**
 * The real path of a file that may not exist yet: its nearest existing folder with every link
 * resolved, and the rest of the path after it. A link must not carry a write into a model.
 */
export function realTarget(file: string): string {
  const rest: string[] = [];
  let at = resolve(file);
  for (;;) {
    try {
      return join(realpathSync(at), ...rest.reverse());
    } catch {
      const up = dirname(at);
      if (up === at) return join(at, ...rest.reverse());
      rest.push(basename(at));
      at = up;
    }
  }
}

const isInside = (file: string, folder: string): boolean => {
  const rel = relative(folder, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

/** The model folder at or above `folder` that holds a manifest (model.yaml), if any. */
function manifestFolderAbove(folder: string): string | undefined {
  for (let at = folder; ; at = dirname(at)) {
    if (MODEL_MANIFESTS.some((name) => existsSync(join(at, name)))) return at;
    if (dirname(at) === at) return undefined;
  }
}

/**
 * The model folder an export of `file` would write into, links resolved, or undefined when it is outside every
 * model: one of `folders` (the models the command read), or any folder with a model manifest at
 * or above the file. Paths are compared with links resolved, and any file counts, whatever its
 * extension: the loader reads every YAML, JSON and CSV file, and an export writes its manifest
 * (a .json) beside what it writes.
 */
export function modelFolderOf(file: string, folders: readonly string[]): string | undefined {
  const real = realTarget(file);
  const compared = folders.map(realTarget).find((folder) => isInside(real, folder));
  return compared ?? manifestFolderAbove(dirname(real));
}

function manifestOf(folder: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(folder, EXPORT_MANIFEST), 'utf8'));
    const files = typeof parsed === 'object' && parsed !== null ? (parsed as { files?: unknown }).files : undefined;
    if (typeof files !== 'object' || files === null) return {};
    return Object.fromEntries(Object.entries(files).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

/**
 * Why a file may not be written by an export, or undefined when it may: it is missing, or an
 * earlier export wrote it and it has not changed since.
 */
export function exportBlocker(file: string): string | undefined {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return undefined;
  }
  if (stat.isDirectory()) return 'is a folder';
  const recorded = manifestOf(dirname(file))[basename(file)];
  if (recorded === undefined) return 'exists and was not written by opcc export';
  return recorded === sha256(readFileSync(file)) ? undefined : 'was written by opcc export but has been changed since';
}

/** Writes exported files and records their hashes in the manifest of each folder written to. */
export function writeExports(files: ReadonlyMap<string, string | Uint8Array>): void {
  const byFolder = new Map<string, Array<[string, string | Uint8Array]>>();
  for (const [file, content] of files) byFolder.set(dirname(file), [...(byFolder.get(dirname(file)) ?? []), [file, content]]);
  for (const [folder, written] of byFolder) {
    mkdirSync(folder, { recursive: true });
    const manifest = manifestOf(folder);
    for (const [file, content] of written) {
      writeFileSync(file, content);
      manifest[basename(file)] = sha256(content);
    }
    const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileSync(join(folder, EXPORT_MANIFEST), `${JSON.stringify({ files: sorted }, null, 1)}\n`);
  }
}
