import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../../../tests/support/temp-tree.js';
import { modelFolderOf, realTarget } from './export-files.js';

const temp = tempDirs();

/** A folder with a model in it, a plain folder beside it, and a link from the plain folder into the model. */
function layout() {
  const root = realTarget(temp('export-files'));
  const model = join(root, 'model');
  mkdirSync(join(model, 'maps'), { recursive: true });
  writeFileSync(join(model, 'model.yaml'), 'kind: model\ntitle: A model\n');
  mkdirSync(join(root, 'out'));
  symlinkSync(model, join(root, 'out', 'link'));
  return { root, model };
}

describe('modelFolderOf, the one rule of every command that writes a file', () => {
  it('refuses any file in a model folder it was given, whatever its extension, also where no manifest is', () => {
    const { root } = layout();
    const given = join(root, 'given');
    mkdirSync(given);
    expect(modelFolderOf(join(given, 'notes.txt'), [given])).toBe(given);
    expect(modelFolderOf(join(given, 'new', 'deeper', 'x.svg'), [given])).toBe(given);
    expect(modelFolderOf(join(root, 'out', 'x.yaml'), [given])).toBeUndefined();
  });

  it('refuses a file below a folder with a model manifest, and one reached through a link into it', () => {
    const { root, model } = layout();
    expect(modelFolderOf(join(model, 'maps', 'x.csv'), [])).toBe(model);
    expect(modelFolderOf(join(root, 'out', 'link', 'via-link.yaml'), [])).toBe(model);
    expect(modelFolderOf(join(root, 'out', 'link', 'new', 'x.txt'), [join(root, 'out', 'link')])).toBe(model);
    expect(realTarget(join(root, 'out', 'link', 'new', 'x.txt'))).toBe(join(model, 'new', 'x.txt'));
    expect(modelFolderOf(join(root, 'out', 'x.yaml'), [model])).toBeUndefined();
  });
});
