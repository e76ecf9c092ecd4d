import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import { checkCollaborations } from './check-collaborations.js';
import { checkDrillDown } from './check-drill-down.js';
import { checkGlossary } from './check-glossary.js';
import { checkOutcomeLevels } from './check-outcomes.js';
import { checkProcessMaps } from './check-process-maps.js';
import { checkReferences } from './check-references.js';
import { CheckContext } from './context.js';
import { declareNames } from './declare-names.js';

/** Runs every check that spans documents, returning all the problems found. */
export function checkDocuments(documents: ReadonlyArray<ParsedDocument>, salvagedNames: ReadonlySet<string> = new Set()): Diagnostic[] {
  const ctx = new CheckContext(documents, salvagedNames);
  declareNames(ctx);
  checkGlossary(ctx);
  checkReferences(ctx);
  checkOutcomeLevels(ctx);
  checkProcessMaps(ctx);
  checkDrillDown(ctx);
  checkCollaborations(ctx);
  return ctx.diagnostics;
}
