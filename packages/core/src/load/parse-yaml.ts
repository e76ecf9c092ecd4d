import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import { diagnostic, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { fastLoadAll } from './fast-yaml.js';
import type { DocumentOrigin, SourceDocument, SourceFile } from './source.js';
import { dottedDigitsAsText } from './yaml-tags.js';

type Path = ReadonlyArray<string | number>;

/**
 * Reads every document of a YAML or JSON file (JSON is read by the same parsers, so it gets
 * the same positions). A JSON file whose top level is a list holds one document per item.
 *
 * Well-formed files take the fast path: values from js-yaml, positions worked out only if a
 * diagnostic asks for one. A file with a syntax error is read by the `yaml` parser, which
 * reports every error with its position and keeps the documents that are sound.
 */
export function parseYamlFile(file: SourceFile): { documents: SourceDocument[]; diagnostics: Diagnostic[] } {
  let ast: { docs: Document[]; position: (offset: number) => SourcePosition } | undefined;
  const syntax = () => (ast ??= parseWithPositions(file.text));
  const values = fastLoadAll(file.text);
  if (values !== undefined) {
    return { documents: values.flatMap((value, i) => documentsOf(file, value, () => syntax().docs[i], (o) => syntax().position(o))), diagnostics: [] };
  }
  const { docs, position } = syntax();
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const code = error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
        diagnostics.push(diagnostic(code, firstLine(error.message), { file: file.path, position: position(error.pos[0]) }));
      }
      continue;
    }
    documents.push(...documentsOf(file, doc.toJS({ maxAliasCount: 1000 }) as unknown, () => doc, position));
  }
  return { documents, diagnostics };
}

function parseWithPositions(text: string): { docs: Document[]; position: (offset: number) => SourcePosition } {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, customTags: (tags) => [dottedDigitsAsText, ...tags], uniqueKeys: true, prettyErrors: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return { docs: Array.isArray(parsed) ? parsed : [], position };
}

/** The documents a parsed value holds: itself, or each item of a JSON file's top-level list. */
function documentsOf(file: SourceFile, value: unknown, doc: () => Document | undefined, position: (offset: number) => SourcePosition): SourceDocument[] {
  if (value === null || value === undefined) return [];
  const isJsonList = file.path.toLowerCase().endsWith('.json') && Array.isArray(value);
  const items = isJsonList ? (value as unknown[]).map((item, index) => ({ item, base: [index] as Path })) : [{ item: value, base: [] as Path }];
  return items.map(({ item, base }) => ({
    value: item,
    origin: {
      file: file.path,
      locate: (path, target = 'value') => {
        const found = doc();
        const offset = found === undefined ? undefined : locateOffset(found, [...base, ...path], target);
        return offset === undefined ? undefined : position(offset);
      },
    } satisfies DocumentOrigin,
  }));
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
