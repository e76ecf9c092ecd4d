import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import { DOCUMENT_KINDS, documentSchemas, isDocumentKind } from '../schema/documents.js';
import type { ParsedDocument } from './parsed-document.js';
import { schemaProblems } from './schema-issues.js';
import type { SourceDocument } from './source.js';

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
    const { origin, value } = source;
    const at = (path: ReadonlyArray<string | number>, target: 'key' | 'value' = 'value') => ({
      file: origin.file,
      position: origin.locate(path, target),
      path,
    });
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      diagnostics.push(diagnostic('not-a-document', 'a document must be a mapping of fields, starting with "kind:"', at([])));
      continue;
    }
    const kind = (value as Record<string, unknown>)['kind'];
    if (kind === undefined) {
      diagnostics.push(diagnostic('missing-kind', `a document must say which kind it is, e.g. "kind: process-map"; the kinds are ${DOCUMENT_KINDS.join(', ')}`, at([])));
      continue;
    }
    if (!isDocumentKind(kind)) {
      diagnostics.push(diagnostic('unknown-kind', `unknown document kind ${JSON.stringify(kind)}`, at(['kind']), typeof kind === 'string' ? suggest(kind, DOCUMENT_KINDS) : undefined));
      continue;
    }
    const schema = documentSchemas[kind];
    const result = schema.safeParse(value);
    if (result.success) {
      documents.push({ kind, data: result.data, origin } as ParsedDocument);
      continue;
    }
    collectNames(value, salvagedNames);
    for (const problem of schemaProblems(result.error.issues, schema, value)) {
      diagnostics.push(diagnostic(problem.code, problem.message, at(problem.path, problem.target), problem.suggestion));
    }
  }
  return { documents, diagnostics, salvagedNames };
}

function collectNames(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectNames(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'id' || key === 'code') && (typeof inner === 'string' || typeof inner === 'number')) into.add(String(inner));
      else collectNames(inner, into);
    }
  }
}
