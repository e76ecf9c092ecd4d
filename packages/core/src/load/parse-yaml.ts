import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentOrigin, SourceDocument, SourceFile } from './source.js';
import { dottedDigitsAsText } from './yaml-tags.js';

type Path = ReadonlyArray<string | number>;

/**
 * Reads every document of a YAML or JSON file (JSON is read by the same parser, so it gets the
 * same positions). A JSON file whose top level is a list holds one document per item.
 */
export function parseYamlFile(file: SourceFile): { documents: SourceDocument[]; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const parsed = parseAllDocuments(file.text, {
    lineCounter,
    customTags: (tags) => [dottedDigitsAsText, ...tags],
    uniqueKeys: true,
    prettyErrors: false,
  });
  const yamlDocuments = Array.isArray(parsed) ? parsed : [];
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];

  for (const doc of yamlDocuments) {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const code = error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
        diagnostics.push(diagnostic(code, firstLine(error.message), { file: file.path, position: position(error.pos[0]) }));
      }
      continue;
    }
    if (doc.contents === null) continue;
    const value: unknown = doc.toJS({ maxAliasCount: 1000 });
    const isJsonList = file.path.toLowerCase().endsWith('.json') && Array.isArray(value);
    const items = isJsonList ? (value as unknown[]).map((item, index) => ({ item, base: [index] as Path })) : [{ item: value, base: [] as Path }];
    for (const { item, base } of items) {
      const origin: DocumentOrigin = {
        file: file.path,
        locate: (path, target = 'value') => {
          const offset = locateOffset(doc, [...base, ...path], target);
          return offset === undefined ? undefined : position(offset);
        },
      };
      documents.push({ origin, value: item });
    }
  }
  return { documents, diagnostics };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** Walks the YAML tree along `path`, stopping at the deepest node that exists. */
function locateOffset(doc: Document, path: Path, target: 'key' | 'value'): number | undefined {
  let node: Node | null | undefined = doc.contents as Node | null;
  let keyNode: Node | undefined;
  let found: Node | undefined = node ?? undefined;
  for (const segment of path) {
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (pair === undefined) break;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
      found = node ?? keyNode;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (item === undefined) break;
      node = item;
      found = item;
    } else {
      break;
    }
  }
  const chosen = target === 'key' && keyNode !== undefined ? keyNode : found;
  return chosen?.range?.[0];
}
