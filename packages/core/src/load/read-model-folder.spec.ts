import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { loadModelSync } from './load-model.js';
import { NODE_FILE_SYSTEM, type FolderEntry, type ModelFileSystem } from './read-model-folder.js';

const GLOSSARY = 'kind: glossary\nentries: [{ code: 1, title: Governance }]\n';
const PROFILE = 'kind: accountability-profile\nid: p\ntitle: P\nassignments: [{ code: 1, accountable: [] }]\n';

/** An operating-system error as node raises it. */
function osError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated, '/somewhere/private'`), { code });
}

/** A file system in memory whose listed paths can be made to fail, as permissions or a vanishing file would. */
function memoryFileSystem(files: Record<string, string>, failing: Record<string, string>): ModelFileSystem {
  const entry = (name: string, directory: boolean): FolderEntry => ({
    name,
    isFile: () => !directory,
    isDirectory: () => directory,
    isSymbolicLink: () => false,
  });
  const fail = (path: string) => {
    const code = failing[path];
    if (code !== undefined) throw osError(code);
  };
  return {
    readdir: (path) => {
      fail(path);
      const prefix = path === '/m' ? '/m/' : `${path}/`;
      const names = new Map<string, boolean>();
      for (const file of [...Object.keys(files), ...Object.keys(failing)]) {
        if (!file.startsWith(prefix)) continue;
        const [first, ...rest] = file.slice(prefix.length).split('/');
        if (first !== undefined) names.set(first, rest.length > 0 || (files[file] === undefined && !/\.\w+$/.test(first)));
      }
      return [...names].map(([name, directory]) => entry(name, directory));
    },
    readFile: (path) => {
      fail(path);
      const text = files[path];
      if (text === undefined) throw osError('ENOENT');
      return new TextEncoder().encode(text);
    },
    stat: () => {
      throw osError('ENOENT');
    },
    realpath: (path) => path,
  };
}

describe('reading a model folder', () => {
  it('reports a sub-folder it cannot list, by name, and still checks the rest', () => {
    const fileSystem = memoryFileSystem(
      { '/m/glossary.yaml': GLOSSARY, '/m/profiles/p.yaml': PROFILE.replace('code: 1', 'code: 2') },
      { '/m/private': 'EACCES' },
    );
    const { diagnostics, model } = loadModelSync('/m', { fileSystem });
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'private  error  folder-unreadable  cannot read the folder, so no file in it is checked: permission denied; ask for read access, or close the program that has it locked',
      'profiles/p.yaml:4:23  error  unknown-glossary-code  unknown glossary code "2" (did you mean "1"?)',
    ]);
    expect(model.glossary.entries.map((e) => e.code)).toEqual(['1']);
  });

  it('reports a file that cannot be read or that vanished after the folder was listed, without the absolute path', () => {
    const fileSystem = memoryFileSystem(
      { '/m/glossary.yaml': GLOSSARY, '/m/locked.yaml': PROFILE, '/m/gone.yaml': PROFILE },
      { '/m/locked.yaml': 'EBUSY', '/m/gone.yaml': 'ENOENT' },
    );
    const { diagnostics, ok } = loadModelSync('/m', { fileSystem });
    expect(ok).toBe(false);
    expect(diagnostics.map((d) => [d.code, d.file, d.message.includes('/somewhere')])).toEqual([
      ['file-unreadable', 'gone.yaml', false],
      ['file-unreadable', 'locked.yaml', false],
    ]);
    expect(diagnostics[0]?.message).toContain('no longer there');
  });

  it('reports the model folder itself when it cannot be listed, rather than throwing', () => {
    const { diagnostics, ok } = loadModelSync('/m', { fileSystem: memoryFileSystem({}, { '/m': 'EACCES' }) });
    expect(ok).toBe(false);
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([['folder-unreadable', '.']]);
  });
});

describe('reading a model folder on disk', () => {
  let dir: string | undefined;
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((done) => (server === undefined ? done() : server.close(() => done())));
    server = undefined;
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('reports links that lead nowhere or in a circle, and sockets, named like model files; walks a link back up the tree once', async () => {
    dir = mkdtempSync(join(tmpdir(), 'opcc-read-folder-'));
    writeFileSync(join(dir, 'glossary.yaml'), GLOSSARY);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'profile.yaml'), PROFILE);
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync('missing.yaml', join(dir, 'dangling.yaml'));
    symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
    symlinkSync(join(dir, 'glossary.yaml'), join(dir, 'linked.yml'));
    symlinkSync('nowhere', join(dir, 'notes'));
    const socket = join(dir, 'socket.yaml');
    await new Promise<void>((done) => {
      server = createServer().listen(socket, () => done());
    });
    const { diagnostics } = loadModelSync(dir);
    // The profile assigns nobody (an accountability-gap warning), which is not what this test is about.
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.file, d.message])).toEqual([
      ['file-unreadable', 'dangling.yaml', expect.stringContaining('no longer there') as string],
      // The linked copy of the glossary is read like any file, so its entry is declared twice.
      ['duplicate-glossary-code', 'linked.yml', expect.any(String) as string],
      ['file-unreadable', 'loop.yaml', expect.stringContaining('circle') as string],
      ['file-unreadable', 'socket.yaml', expect.stringContaining('not an ordinary file') as string],
    ]);
  });

  it('reads a file saved as Windows-1252 into a located file-encoding diagnostic, not replacement characters', () => {
    dir = mkdtempSync(join(tmpdir(), 'opcc-read-folder-'));
    writeFileSync(
      join(dir, 'parties.yaml'),
      Buffer.from('kind: parties\nparties:\n  - { id: pcc, title: Commissioner\x92s office, type: commissioner }\n', 'latin1'),
    );
    const { diagnostics, model } = loadModelSync(dir, { fileSystem: NODE_FILE_SYSTEM });
    expect(diagnostics.map(formatDiagnostic)).toEqual([expect.stringMatching(/^parties\.yaml:3:35 {2}error {2}file-encoding {2}.*save the file as UTF-8/)]);
    expect(model.parties).toEqual([]);
  });
});
