import { mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../../../tests/support/temp-tree.js';
import { writeFileAtomically } from './write-file-atomically.js';

const temp = tempDirs();

describe('writeFileAtomically', () => {
  it('writes a new file, making its folder, and replaces an old one, leaving no temporary file', () => {
    const dir = temp('atomic');
    const file = join(dir, 'deep', 'er', 'page.html');
    writeFileAtomically(file, 'first');
    expect(readFileSync(file, 'utf8')).toBe('first');
    writeFileAtomically(file, new Uint8Array([0x6f, 0x6b]));
    expect(readFileSync(file, 'utf8')).toBe('ok');
    expect(readdirSync(join(dir, 'deep', 'er'))).toEqual(['page.html']);
  });

  it('leaves the old file and no temporary file when the rename fails', () => {
    const dir = temp('atomic-fail');
    // A folder cannot be replaced by a file: the rename fails after the content was written.
    mkdirSync(join(dir, 'taken'));
    writeFileSync(join(dir, 'taken', 'inside.txt'), 'kept');
    expect(() => writeFileAtomically(join(dir, 'taken'), 'new')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readFileSync(join(dir, 'taken', 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('with replace: false, makes a new file but never replaces a file, a folder or a link, even a link to nothing', () => {
    const dir = temp('atomic-new');
    writeFileAtomically(join(dir, 'new.yaml'), 'made');
    expect(readFileSync(join(dir, 'new.yaml'), 'utf8')).toBe('made');
    writeFileSync(join(dir, 'mine.yaml'), "the user's");
    mkdirSync(join(dir, 'folder.yaml'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'link.yaml'));
    for (const name of ['mine.yaml', 'folder.yaml', 'link.yaml']) {
      expect(() => writeFileAtomically(join(dir, name), 'over', { replace: false })).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    }
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe("the user's");
    expect(readlinkSync(join(dir, 'link.yaml'))).toBe(join(dir, 'nowhere.yaml'));
    expect(readdirSync(dir).sort()).toEqual(['folder.yaml', 'link.yaml', 'mine.yaml', 'new.yaml']);
    writeFileAtomically(join(dir, 'second.yaml'), 'also made', { replace: false });
    expect(readFileSync(join(dir, 'second.yaml'), 'utf8')).toBe('also made');
  });
});
