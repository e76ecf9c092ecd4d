import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import { DOCUMENT_KINDS, documentSchemas, isDocumentKind, type DocumentKind } from '../schema/documents.js';
import type { ParsedDocument } from './parsed-document.js';
import { schemaProblems } from './schema-issues.js';
import { standInKinds } from '../schema/stand-in-kinds.js';
import type { DocumentOrigin, SourceDocument } from './source.js';
import { collectNames, repair } from './repair.js';
import { MAX_NESTING, TOO_MANY_ALIASES, tooBigPath, tooDeepPath } from './nesting-depth.js';
import type { z } from 'zod';

/** The outcome of checking documents against their schemas. */
export interface ValidatedDocuments {
  readonly documents: ParsedDocument[];
  readonly diagnostics: Diagnostic[];
  /**
   * Ids and codes declared in documents that failed their schema. References to them are not
   * reported as unknown, so one mistake is reported once and not again at every use.
   */
  readonly salvagedNames: ReadonlySet<string>;
}

/** Checks each document against the schema of the kind it declares. */
export function validateDocuments(sources: ReadonlyArray<SourceDocument>): ValidatedDocuments {
  const documents: ParsedDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const salvagedNames = new Set<string>();

  for (const source of sources) {
    // Checking a document is meant never to throw; should it, that document gets one located
    // internal-error and the others are still checked.
    try {
      validateOne(source, documents, diagnostics, salvagedNames);
    } catch (error) {
      const fields = { stage: 'check-document', error: error instanceof Error ? error.message : String(error) } as const;
      diagnostics.push(diagnostic('internal-error', fields, { file: source.origin.file, position: source.origin.locate([]) ?? { line: 1, column: 1 } }));
      collectNames(source.value, salvagedNames);
    }
  }
  return { documents, diagnostics, salvagedNames };
}

/** Checks one document, adding what it yields to the lists of the caller. */
function validateOne(source: SourceDocument, documents: ParsedDocument[], diagnostics: Diagnostic[], salvagedNames: Set<string>): void {
  const { origin, value } = source;
  const at = (path: ReadonlyArray<string | number>, target: 'key' | 'value' = 'value') => ({
    file: origin.file,
    position: origin.locate(path, target),
    path,
  });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    diagnostics.push(diagnostic('not-a-document', {}, at([])));
    return;
  }
  const deep = source.shallow === true ? undefined : tooDeepPath(value);
  if (deep !== undefined) {
    diagnostics.push(diagnostic('too-deep', { limit: MAX_NESTING, within: 'document' }, at(deep)));
    collectNames(value, salvagedNames);
    return;
  }
  const big = source.shallow === true ? undefined : tooBigPath(value);
  if (big !== undefined) {
    diagnostics.push(diagnostic('too-many-aliases', TOO_MANY_ALIASES, at(big)));
    collectNames(value, salvagedNames);
    return;
  }
  const kind = (value as Record<string, unknown>)['kind'];
  if (kind === undefined || kind === null || kind === '') {
    diagnostics.push(diagnostic('missing-kind', { allowed: DOCUMENT_KINDS }, at([])));
    collectNames(value, salvagedNames);
    return;
  }
  if (!isDocumentKind(kind)) {
    const suggestion = typeof kind === 'string' ? suggest(kind, DOCUMENT_KINDS) : undefined;
    diagnostics.push(diagnostic('unknown-kind', { value: kind, allowed: DOCUMENT_KINDS, suggestion }, at(['kind'])));
    collectNames(value, salvagedNames);
    return;
  }
  const schema = documentSchemas[kind];
  const result = schema.safeParse(value);
  if (result.success) {
    documents.push({ kind, data: result.data, origin } as ParsedDocument);
    return;
  }
  const standIn = standInKinds(schema, value, result.error.issues);
  const problems = [...schemaProblems(result.error.issues, schema, value), ...schemaProblems(standIn?.revealed ?? [], schema, standIn?.value)];
  for (const problem of problems) {
    diagnostics.push(diagnostic(problem.code, problem.fields, at(problem.path, problem.target)));
  }
  const repaired = repairUntilValid(schema, standIn?.value ?? value, origin, standIn?.issues ?? result.error.issues, salvagedNames);
  if (repaired === undefined) collectNames(value, salvagedNames);
  else documents.push(repaired);
}

/**
 * Keeps what is valid of a document that failed its schema, so its other parts are still
 * checked and its names still resolve. Cutting can reveal new problems (a list that became too
 * short), so it is tried a few times.
 */
function repairUntilValid(
  schema: (typeof documentSchemas)[DocumentKind],
  value: unknown,
  origin: DocumentOrigin,
  issues: ReadonlyArray<z.core.$ZodIssue>,
  salvagedNames: Set<string>,
): ParsedDocument | undefined {
  let current: { value: unknown; origin: DocumentOrigin } = { value, origin };
  let problems = issues;
  const dropped = new Set<string>();
  for (let attempt = 0; attempt < 4; attempt++) {
    const repaired = repair(current.value, current.origin, problems, salvagedNames, dropped);
    if (repaired === undefined) return undefined;
    const again = schema.safeParse(repaired.value);
    if (again.success) return { kind: (value as { kind: DocumentKind }).kind, data: again.data, origin: repaired.origin, repaired: true } as ParsedDocument;
    current = repaired;
    problems = again.error.issues;
  }
  return undefined;
}
