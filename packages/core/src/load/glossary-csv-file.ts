import { suggest } from '../diagnostics/suggest.js';
import type { SourceFile } from './source.js';

/**
 * Whether a CSV file in the model folder is a glossary: its header row names a `code` column (or
 * one a letter or two from it, so a misspelt header is still reported), or it sits in a folder
 * named `glossary`. Any other CSV file, such as a data set kept beside the model for reference
 * material to link to, is not part of the model and is not read.
 */
export function isGlossaryCsv(file: SourceFile): boolean {
  if (
    file.path
      .split('/')
      .slice(0, -1)
      .some((folder) => folder.toLowerCase() === 'glossary')
  )
    return true;
  const header = file.text.replace(/^\uFEFF/u, '').split(/\r?\n/u, 1)[0] ?? '';
  const names = header.split(',').map((cell) => cell.trim().replace(/^"|"$/gu, '').trim().toLowerCase());
  return names.some((name) => name === 'code' || suggest(name, ['code']) !== undefined);
}
