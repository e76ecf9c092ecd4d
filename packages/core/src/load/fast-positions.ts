import { loadAll } from 'js-yaml';
import { MODEL_SCHEMA } from './fast-yaml.js';
import { MAX_NESTING } from './nesting-depth.js';

type Path = ReadonlyArray<string | number>;

/** A node of a YAML text as js-yaml reads it: where its content starts, whether it is a mapping's key, its value and its nodes. */
export interface TextNode {
  readonly start: number;
  readonly isKey: boolean;
  readonly value: unknown;
  readonly children: readonly TextNode[];
}

interface OpenNode {
  start: number;
  isKey: boolean;
  value: unknown;
  children: OpenNode[];
}

const SPACE = /[ \t\r\n\uFEFF]/;

/** The offset of the first character after spaces, line breaks and comments. */
function skipSeparation(text: string, at: number): number {
  let i = at;
  for (;;) {
    while (i < text.length && SPACE.test(text[i] ?? '')) i++;
    if (text[i] !== '#') return i;
    while (i < text.length && text[i] !== '\n') i++;
  }
}

/** The offset of the first character after spaces and tabs on the same line. */
function skipSpaces(text: string, at: number): number {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

/**
 * Where a node's content starts: after separation and its properties (an anchor &name, a tag
 * !name), as the `yaml` parser counts; `skip` says what separates them (an empty node's place is on its own line).
 */
function contentStart(text: string, at: number, skip: (text: string, at: number) => number = skipSeparation): number {
  let i = skip(text, at);
  while (text[i] === '&' || text[i] === '!') {
    const verbatim = text.startsWith('!<', i);
    while (i < text.length && !(verbatim ? text[i - 1] === '>' : /[\s,[\]{}]/.test(text[i] ?? ''))) i++;
    i = skip(text, i);
  }
  return i;
}

/**
 * The nodes of every document of a text, with the offsets the `yaml` parser gives them, read by
 * js-yaml (already loaded and many times faster); undefined when js-yaml cannot read the text.
 */
export function textNodes(text: string): TextNode[] | undefined {
  const roots: OpenNode[] = [];
  const stack: OpenNode[] = [];
  try {
    loadAll(text, undefined, {
      schema: MODEL_SCHEMA,
      maxDepth: MAX_NESTING,
      listener(event, state) {
        if (event === 'open') {
          const node: OpenNode = { start: state.position, isKey: false, value: undefined, children: [] };
          (stack.at(-1)?.children ?? roots).push(node);
          stack.push(node);
          return;
        }
        const node = stack.pop();
        if (node === undefined) return;
        const content = contentStart(text, node.start);
        // A node with no content (`field:` and nothing after it) is where the line's spaces end, as the yaml parser places it.
        node.start = content < state.position ? content : contentStart(text, node.start, skipSpaces);
        node.value = state.result;
        // A key is followed, on its line, by the colon that ends it; no value is.
        node.isKey = text[skipSpaces(text, state.position)] === ':' && stack.length > 0;
      },
    });
  } catch {
    return undefined;
  }
  return roots;
}

const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The offset of the node at `path` (or of its key), stopping at the deepest node that exists, as
 * parse-yaml's locateOffset finds it in the `yaml` parser's tree; undefined when the nodes do not
 * match their value one for one (a flow pair in a list, an explicit key), so that the caller asks that parser.
 */
export function locateInNodes(root: TextNode, path: Path, target: 'key' | 'value'): number | undefined {
  let node: TextNode | undefined = root;
  let keyNode: TextNode | undefined;
  let found: TextNode = root;
  for (const segment of path) {
    keyNode = undefined;
    if (node === undefined) break;
    // js-yaml may read a flow collection in a list as a possible key first: the same value, one node down.
    const only = node.children.length === 1 ? node.children[0] : undefined;
    if (only !== undefined && !only.isKey && only.value === node.value) node = only;
    const children: readonly TextNode[] = node.children;
    if (isMapping(node.value)) {
      const keys = children.filter((child) => child.isKey);
      if (keys.length !== Object.keys(node.value).length) return undefined;
      const at = children.findIndex((child) => child.isKey && String(child.value) === String(segment));
      if (at < 0) break;
      keyNode = children[at];
      const next = children[at + 1];
      node = next === undefined || next.isKey ? undefined : next;
      found = node ?? keyNode ?? found;
    } else if (Array.isArray(node.value) && typeof segment === 'number') {
      if (children.length !== node.value.length) return undefined;
      const item = children[segment];
      if (item === undefined) break;
      node = item;
      found = item;
    } else {
      break;
    }
  }
  return (target === 'key' && keyNode !== undefined ? keyNode : found).start;
}
