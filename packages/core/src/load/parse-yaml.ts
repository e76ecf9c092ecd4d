import type { Document, Node } from 'yaml';
import { diagnostic, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import type { CodedFields } from '../diagnostics/fields.js';
import { locateInNodes, textNodes, type TextNode } from './fast-positions.js';
import { fastLoadAll } from './fast-yaml.js';
import { yamlModule } from './yaml-module.js';
import type { DocumentOrigin, SourceDocument, SourceFile } from './source.js';
import { documentValue, parseWithPositions, type PositionedYaml } from './positioned-yaml.js';
import { explainYamlError } from './yaml-errors.js';
import { collectNames } from './repair.js';
import { MAX_NESTING, TOO_MANY_ALIASES, tooDeepOffset } from './nesting-depth.js';
import { positionAt } from './text-position.js';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';

type Path = ReadonlyArray<string | number>;

/**
 * Reads every document of a YAML or JSON file (JSON is read by the same parsers, so it gets
 * the same positions). A JSON file whose top level is a list holds one document per item.
 *
 * Well-formed files take the fast path: values from js-yaml, positions worked out only if a
 * diagnostic asks for one. A file with a syntax error is read by the `yaml` parser, which
 * reports every error with its position and keeps the documents that are sound. Both read
 * scalars by one rule (scalar-rule.ts), so a document reads the same whichever reader sees it.
 */
export function parseYamlFile(source: SourceFile): ParsedFile {
  // Editors do not count a byte-order mark as a column, so neither do positions here.
  // A carriage return alone ends a line for js-yaml but not for the yaml parser; as a newline it
  // ends a line for both (and for editors), and every offset stays the same.
  const unmarked = source.text.replace(/^\uFEFF/, '');
  const file = { path: source.path, text: unmarked.includes('\r') ? unmarked.replace(/\r(?!\n)/g, '\n') : unmarked };
  const isJson = file.path.toLowerCase().endsWith('.json');
  // The JSON checker recurses into nested lists and mappings, so nesting past any sensible depth is refused first.
  const deepJson = isJson ? tooDeep(file) : undefined;
  if (deepJson !== undefined) return deepJson;
  const jsonProblem = isJson ? strictJsonProblem(file.text) : undefined;
  let ast: PositionedYaml | undefined;
  const syntax = () => (ast ??= parseWithPositions(file.text));
  // js-yaml stops at the nesting limit, so its values are deeper only through aliases (*name).
  const values = jsonProblem === undefined ? fastLoadAll(file.text) : undefined;
  if (values !== undefined) {
    const shallow = !file.text.includes('*');
    // Positions are found by reading the text again with js-yaml, noting where each node starts; the
    // `yaml` parser, many times slower to load and run, is asked only where that reading cannot say.
    let nodes: Array<TextNode | undefined> | undefined;
    const fast = (i: number) => (nodes ??= textNodes(file.text) ?? [])[i];
    const position = (offset: number) => unitPosition(file.text, offset);
    return {
      documents: values.flatMap((value, i) =>
        documentsOf(
          file,
          value,
          () => syntax().docs[i],
          position,
          shallow,
          () => fast(i),
        ),
      ),
      diagnostics: [],
      salvagedNames: new Set(),
    };
  }
  // The yaml parser recurses too; it reads only files that js-yaml could not, so the text is checked before it does.
  const deep = isJson ? undefined : tooDeep(file);
  if (deep !== undefined) return deep;
  const { docs, position } = syntax();
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const salvagedNames = new Set<string>();
  const report = (problem: CodedFields & { readonly offset: number }) =>
    diagnostics.push(diagnostic(problem.code, problem.fields, { file: file.path, position: position(problem.offset) }));
  if (jsonProblem !== undefined) report({ code: 'yaml-syntax', fields: { detail: jsonProblem.message }, offset: jsonProblem.offset });
  for (const doc of docs) {
    const errors = jsonProblem === undefined ? doc.errors : [];
    for (const error of errors) report(explainYamlError(file.text, error));
    let value: unknown;
    try {
      value = documentValue(doc);
    } catch (error) {
      report(aliasProblem(file.text, error, doc));
      continue;
    }
    // A document with errors is not used, but its names are kept so nothing else is reported as missing them.
    if (errors.length > 0 || jsonProblem !== undefined) collectNames(value, salvagedNames);
    else documents.push(...documentsOf(file, value, () => doc, position, false));
  }
  return { documents, diagnostics, salvagedNames };
}

/** The line and column of an offset, the column in UTF-16 units, as the `yaml` parser's line counter gives them. */
function unitPosition(text: string, offset: number): SourcePosition {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: offset - lineStart + 1 };
}

/** A file whose text nests past {@link MAX_NESTING}, as one diagnostic where it does, or undefined. */
function tooDeep(file: SourceFile): ParsedFile | undefined {
  const deep = tooDeepOffset(file.text, file.path.toLowerCase().endsWith('.json'));
  if (deep === undefined) return undefined;
  const fields = { limit: MAX_NESTING, within: 'file', bracketOpen: deep.bracket } as const;
  return {
    documents: [],
    diagnostics: [diagnostic('too-deep', fields, { file: file.path, position: positionAt(file.text, deep.offset) })],
    salvagedNames: new Set(),
  };
}

/**
 * Values are built from aliases only at the end, so two alias mistakes surface as exceptions
 * there: an alias (*name) with no anchor (&name) before it, and aliases that repeat a value so
 * often that building it would exhaust memory (a "billion laughs").
 */
function aliasProblem(text: string, error: unknown, doc: Document): CodedFields<'yaml-syntax' | 'too-many-aliases' | 'internal-error'> & { offset: number } {
  const message = error instanceof Error ? error.message : String(error);
  const start = doc.range?.[0] ?? 0;
  const alias = /alias[^:]*: (\S+)/.exec(message)?.[1];
  if (alias !== undefined) {
    const at = text.indexOf(`*${alias}`, start);
    return {
      code: 'yaml-syntax',
      fields: { detail: `*${alias} refers to no anchor &${alias} above it; put the value in quotes if it is text starting with *` },
      offset: at < 0 ? start : at,
    };
  }
  const at = text.indexOf('*', start);
  if (/alias count/i.test(message)) return { code: 'too-many-aliases', fields: TOO_MANY_ALIASES, offset: at < 0 ? start : at };
  return { code: 'internal-error', fields: { stage: 'build-values', error: message }, offset: start };
}

/** What reading one file gives. */
export interface ParsedFile {
  readonly documents: SourceDocument[];
  readonly diagnostics: Diagnostic[];
  /** Ids and codes declared in documents that could not be read. */
  readonly salvagedNames: ReadonlySet<string>;
}

const JSON_ERRORS: Partial<Record<string, string>> = {
  InvalidCommentToken: 'JSON does not allow comments; remove it, or write the file as YAML',
  CommaExpected: 'a comma is missing between two items',
  PropertyNameExpected: 'a field name in double quotes is expected here (JSON does not allow a comma after the last item)',
  ValueExpected: 'a value is expected here (JSON does not allow a comma after the last item)',
  ColonExpected: 'a colon is missing after the field name',
  CloseBraceExpected: 'a } is missing',
  CloseBracketExpected: 'a ] is missing',
  UnexpectedEndOfString: 'this text opens a double quote that is never closed',
};

/** JSON is stricter than YAML: a comment or trailing comma must be reported, not read as YAML. */
function strictJsonProblem(text: string): { message: string; offset: number } | undefined {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  const first = errors[0];
  if (first === undefined) return undefined;
  const name = printParseErrorCode(first.error);
  // A trailing comma is found at the bracket after it; point at the comma itself.
  const before = text.slice(0, first.offset).trimEnd();
  if ((name === 'PropertyNameExpected' || name === 'ValueExpected') && before.endsWith(',') && /^\s*[}\]]/.test(text.slice(first.offset))) {
    return { message: 'JSON does not allow a comma after the last item; remove it', offset: before.length - 1 };
  }
  return { message: JSON_ERRORS[name] ?? `not valid JSON (${name})`, offset: first.offset };
}

/** The documents a parsed value holds: itself, or each item of a JSON file's top-level list. */
function documentsOf(
  file: SourceFile,
  value: unknown,
  doc: () => Document | undefined,
  position: (offset: number) => SourcePosition,
  shallow: boolean,
  fast: () => TextNode | undefined = () => undefined,
): SourceDocument[] {
  if (value === null || value === undefined) return [];
  const isJsonList = file.path.toLowerCase().endsWith('.json') && Array.isArray(value);
  const items = isJsonList ? (value as unknown[]).map((item, index) => ({ item, base: [index] as Path })) : [{ item: value, base: [] as Path }];
  return items.map(({ item, base }) => ({
    value: item,
    shallow,
    origin: {
      file: file.path,
      locate: (path, target = 'value') => {
        const quick = fast();
        const near = quick === undefined ? undefined : locateInNodes(quick, [...base, ...path], target);
        if (near !== undefined) return position(near);
        const found = doc();
        // Should the two parsers ever disagree about a document, its problems are still put somewhere in the file.
        const offset = found === undefined ? 0 : (locateOffset(found, [...base, ...path], target) ?? found.range?.[0] ?? 0);
        return position(offset);
      },
    } satisfies DocumentOrigin,
  }));
}

/** Walks the YAML tree along `path`, stopping at the deepest node that exists. */
export function locateOffset(doc: Document, path: Path, target: 'key' | 'value'): number | undefined {
  const { isMap, isScalar, isSeq } = yamlModule();
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
