import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { localPath, type Model } from '@opcc/core';
import { isExternalLink, isSafeLink } from '../pages/safe-link.js';

/**
 * The site's files with the model folder's files that reference material links to, such as
 * `documents/professional-framework.pdf`, added under the same path: every page sits at the top
 * of the site, as the model's documents sit at the top of the model folder, so the link as
 * written finds the copy. A file that is missing, outside the folder, or named like a page of
 * the site is left out (`opcc validate` warns of the first two with `missing-reference-file`).
 */
export function withReferenceFiles(
  files: ReadonlyMap<string, string>,
  model: Model,
  modelDir: string | undefined,
): Map<string, string | Uint8Array> {
  const all = new Map<string, string | Uint8Array>(files);
  if (modelDir === undefined) return all;
  for (const reference of model.references) {
    const href = reference.href;
    if (href === undefined || isExternalLink(href) || !isSafeLink(href)) continue;
    const path = localPath(href);
    if (path === '' || path.startsWith('../') || all.has(path)) continue;
    const file = join(modelDir, ...path.split('/'));
    if (isFile(file)) all.set(path, readFileSync(file));
  }
  return all;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
