import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentInput } from '../schema/documents.js';
import { parseGlossaryCsv } from './csv-glossary.js';
import { validateDocuments } from './validate-documents.js';

/** The result of reading a spreadsheet export of a glossary. */
export interface GlossaryImport {
  /** The glossary as a document ready to save as YAML, or undefined when the file had errors. */
  readonly glossary?: DocumentInput<'glossary'>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads a glossary from CSV text (columns `code`, `title`, optional `description`, `id`,
 * `level`), checking every row as the loader would and reporting problems by row and cell.
 * @example
 * ```ts
 * const { glossary, diagnostics } = importGlossaryCsv(readFileSync('glossary.csv', 'utf8'));
 * if (glossary !== undefined) writeFileSync('glossary.yaml', stringify(glossary)); // stringify from the yaml package
 * ```
 */
export function importGlossaryCsv(text: string, file = 'glossary.csv'): GlossaryImport {
  const parsed = parseGlossaryCsv({ path: file, text });
  const validated = validateDocuments(parsed.documents);
  const diagnostics = [...parsed.diagnostics, ...validated.diagnostics];
  const source = parsed.documents[0];
  if (hasErrors(diagnostics) || source === undefined) return { diagnostics };
  return { glossary: source.value as DocumentInput<'glossary'>, diagnostics };
}
