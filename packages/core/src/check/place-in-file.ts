import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import type { DocumentInput } from '../schema/documents.js';
import type { Path } from './context.js';
import type { DocumentNamer } from '../change-set/recheck.js';

/** What names a list item across the model's own documents and a changed model's canonical ones: a glossary entry's code, else an id. */
function identity(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { code, id } = item as { code?: unknown; id?: unknown };
  if (typeof code === 'string') return `code\u0000${code}`;
  return typeof id === 'string' ? `id\u0000${id}` : undefined;
}

const idOf = (data: unknown): unknown => (typeof data === 'object' && data !== null ? (data as { id?: unknown }).id : undefined);

const itemAt = (data: unknown, key: string | number | undefined, index: string | number | undefined): unknown => {
  if (typeof key !== 'string' || typeof index !== 'number' || typeof data !== 'object' || data === null) return undefined;
  const list = (data as Record<string, unknown>)[key];
  return Array.isArray(list) ? list[index] : undefined;
};

/**
 * The file and path, as the model's own files are written, of a problem found in a changed model's canonical documents. Those
 * hold each shared list (reference material, stakeholders, parties, relation kinds, glossary entries) as one list in id or code
 * order, so an index in one names a different item than the same index in the file: the item is found again by its code or id
 * among the documents of its kind, and the path is given that document's index. A problem in an item the change set adds, or
 * in no list item, keeps its place.
 */
export function placeInFile(
  error: Diagnostic,
  canonical: readonly DocumentInput[],
  documents: readonly ParsedDocument[],
  name: DocumentNamer,
): { readonly file: string | undefined; readonly path: Path } {
  const [key, index, ...rest] = error.path;
  for (const document of canonical) {
    if (name(document) !== error.file) continue;
    const id = identity(itemAt(document, key, index));
    if (id === undefined) continue;
    for (const own of documents) {
      // A map's steps are found in that map alone: another map may have a step of the same id.
      if (own.kind !== document.kind || idOf(own.data) !== idOf(document) || typeof key !== 'string') continue;
      const list = (own.data as unknown as Record<string, unknown>)[key];
      const at = Array.isArray(list) ? list.findIndex((item) => identity(item) === id) : -1;
      if (at >= 0) return { file: own.origin.file ?? error.file, path: [key, at, ...rest] };
    }
  }
  return { file: error.file, path: error.path };
}
