import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { compareText } from '../util/compare.js';
import type { SourceBytes } from './decode-text.js';

/** One entry of a folder listing, as `readdirSync(path, { withFileTypes: true })` gives it. */
export interface FolderEntry {
  readonly name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/**
 * The file-system calls the loader makes, so that a caller (or a test) can supply its own: a
 * folder that cannot be listed, or a file that vanishes between listing and reading, is then
 * reproducible without the permissions that the machine's user may ignore.
 */
export interface ModelFileSystem {
  /** Lists a folder. */
  readdir(path: string): ReadonlyArray<FolderEntry>;
  /** Reads a file's bytes. */
  readFile(path: string): Uint8Array;
  /** Follows links: what a path finally is. */
  stat(path: string): { isFile(): boolean; isDirectory(): boolean };
  /** The path with every link resolved, so a link back up the tree is walked once. */
  realpath(path: string): string;
}

/** The machine's own file system. */
export const NODE_FILE_SYSTEM: ModelFileSystem = {
  readdir: (path) => readdirSync(path, { withFileTypes: true }),
  readFile: (path) => readFileSync(path),
  stat: (path) => statSync(path),
  realpath: (path) => realpathSync(path),
};

const MODEL_FILE = /\.(?:ya?ml|json|csv)$/i;

/** Whether a file name is one the loader reads. */
export function isModelFileName(name: string): boolean {
  return MODEL_FILE.test(name) && !name.endsWith('.schema.json');
}

/**
 * Reads every YAML, JSON and CSV file under a folder (sub-folders and linked files too; hidden
 * ones and node_modules skipped). A folder or file that cannot be read is a diagnostic naming
 * it, relative to `dir`, and the rest is still read; nothing here throws.
 */
export function readModelFolder(dir: string, fs: ModelFileSystem = NODE_FILE_SYSTEM): { files: SourceBytes[]; diagnostics: Diagnostic[] } {
  const files: SourceBytes[] = [];
  const diagnostics: Diagnostic[] = [];
  const name = (path: string) => relative(dir, path).split(sep).join('/') || '.';
  const visited = new Set<string>();
  const readFile = (path: string) => {
    try {
      files.push({ path: name(path), bytes: fs.readFile(path) });
    } catch (error) {
      diagnostics.push(diagnostic('file-unreadable', { reason: reason(error) }, { file: name(path) }));
    }
  };
  const walk = (folder: string): void => {
    let entries: ReadonlyArray<FolderEntry>;
    try {
      const real = fs.realpath(folder);
      // A link back up the tree would otherwise be walked for ever.
      if (visited.has(real)) return;
      visited.add(real);
      entries = fs.readdir(folder);
    } catch (error) {
      diagnostics.push(diagnostic('folder-unreadable', { reason: reason(error) }, { file: name(folder) }));
      return;
    }
    for (const entry of [...entries].sort((a, b) => compareText(a.name, b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        if (isModelFileName(entry.name)) readFile(path);
      } else if (isModelFileName(entry.name) || entry.isSymbolicLink()) {
        followOther(path, entry);
      }
    }
  };
  // A link is followed to what it points at; anything else named like a model file (a socket, a pipe) is reported.
  const followOther = (path: string, entry: FolderEntry) => {
    let target: { isFile(): boolean; isDirectory(): boolean };
    try {
      target = fs.stat(path);
    } catch (error) {
      if (isModelFileName(entry.name)) diagnostics.push(diagnostic('file-unreadable', { reason: reason(error) }, { file: name(path) }));
      return;
    }
    if (target.isDirectory()) walk(path);
    else if (target.isFile() && isModelFileName(entry.name)) readFile(path);
    else if (!target.isFile() && isModelFileName(entry.name)) {
      diagnostics.push(diagnostic('file-unreadable', { reason: 'it is not an ordinary file (a socket, a pipe or a device)' }, { file: name(path) }));
    }
  };
  walk(dir);
  return { files, diagnostics };
}

const REASONS: Partial<Record<string, string>> = {
  EACCES: 'permission denied; ask for read access, or close the program that has it locked',
  EPERM: 'permission denied; ask for read access, or close the program that has it locked',
  EBUSY: 'another program has it locked; close it and check again',
  ENOENT: 'it is no longer there (it was moved or deleted while the model was being read, or it is a link to something that does not exist)',
  ELOOP: 'it is a link that leads round in a circle back to itself',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of its path is not a folder',
  EMFILE: 'too many files are open at once; check again',
  EIO: 'the disk could not be read',
};

/** An operating-system error in words, without the absolute path it carries. */
function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? REASONS[code] : undefined;
  if (known !== undefined) return known;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code} (${message})` : message;
}
