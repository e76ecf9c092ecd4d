import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { kindDefinitions } from '../kinds/registry.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import { checkReferenceFiles, type FileExists } from './check-reference-files.js';
import { checkReferences } from './check-references.js';
import { checkRemoteImages } from './check-remote-images.js';
import { CheckContext } from './context.js';
import { declareNames } from './declare-names.js';

/** What the checks may be given beyond the documents. */
export interface CheckOptions {
  /**
   * Whether a file exists in the model folder. Given by a loader that reads a folder; without
   * it, the files that reference material points to are not checked.
   */
  readonly fileExists?: FileExists;
}

/**
 * Runs every check that spans documents, returning all the problems found: names declared,
 * then references, then each kind's own checks, in the registry's canonical order.
 */
export function checkDocuments(
  documents: ReadonlyArray<ParsedDocument>,
  salvagedNames: ReadonlySet<string> = new Set(),
  options: CheckOptions = {},
): Diagnostic[] {
  const ctx = new CheckContext(documents, salvagedNames);
  declareNames(ctx);
  checkReferences(ctx);
  for (const definition of kindDefinitions()) for (const check of definition.checks) check(ctx);
  checkRemoteImages(ctx);
  if (options.fileExists !== undefined) checkReferenceFiles(ctx, options.fileExists);
  return ctx.diagnostics;
}
