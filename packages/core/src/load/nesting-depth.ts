/**
 * How deep lists and mappings may nest. No real model nests deeper than about ten levels; the
 * parsers, the schema check and the later stages all recurse, and a file nested thousands deep
 * (100,000 `[`, or a chain of aliases) would overflow the stack, so such a file is refused with a
 * located diagnostic before anything recurses into it.
 */
export const MAX_NESTING = 64;

type Path = ReadonlyArray<string | number>;

const NEWLINE = 10;
const SPACE = 32;
const HASH = 35;
const OPENERS = new Set(['[', '{', '"', "'"]);
/** What a flow collection or a quoted scalar can follow: the start of a line, an indicator, a comma, a bracket. */
const VALUE_START = new Set(['\n', ':', '-', '[', '{', ',', '?']);

/**
 * The offset in a YAML or JSON text where nesting first passes {@link MAX_NESTING}, or undefined.
 * It reads the text once, without parsing: block indentation levels (and `- ` items opening on
 * the same line) plus open flow brackets. Brackets and indentation inside quoted text, comments
 * and block scalars (`|`, `>`) do not count. It can over-count, by a level for a bracket that opens
 * a line or follows `- `, and for odd plain text; never by enough to matter below 64 levels.
 */
export function tooDeepOffset(text: string, json: boolean): TooDeep | undefined {
  const yaml = yamlDepth(text);
  const strict = json ? jsonDepth(text) : undefined;
  return strict === undefined || (yaml !== undefined && yaml.offset <= strict.offset) ? yaml : strict;
}

/** Where nesting passes the limit, and whether an open bracket took it there or indentation alone. */
export interface TooDeep {
  readonly offset: number;
  readonly bracket: boolean;
}

function yamlDepth(text: string): TooDeep | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote = 0;
  let blockScalarIndent = -1;
  let i = 0;
  while (i < text.length) {
    const lineStart = i;
    let at = i;
    while (text.charCodeAt(at) === SPACE) at++;
    const first = text.charCodeAt(at);
    const blank = at >= text.length || first === NEWLINE || first === 13 || first === HASH;
    if (blockScalarIndent >= 0 && (blank || at - lineStart > blockScalarIndent)) {
      i = lineEnd(text, i) + 1;
      continue;
    }
    blockScalarIndent = -1;
    if (quote === 0 && flow === 0 && !blank) {
      const indent = at - lineStart;
      while ((indents.at(-1) ?? -1) >= indent) indents.pop();
      indents.push(indent);
      // "- - x" and "? x" open a level at each indicator on the same line.
      while ((text[at] === '-' || text[at] === '?') && (text[at + 1] === ' ' || text[at + 1] === '\t')) {
        at += 2;
        while (text.charCodeAt(at) === SPACE) at++;
        indents.push(at - lineStart);
      }
      if (indents.length > MAX_NESTING) return { offset: at, bracket: false };
    }
    let previous = quote === 0 ? '\n' : '';
    for (i = at; i < text.length && text.charCodeAt(i) !== NEWLINE; i++) {
      const c = text[i] ?? '';
      if (quote !== 0) {
        if (c === '\\' && quote === 34) i++;
        else if (c.charCodeAt(0) === quote) {
          if (quote === 39 && text[i + 1] === "'") i++;
          else quote = 0;
        }
        continue;
      }
      if (c === '#' && (previous === '\n' || /\s/.test(text[i - 1] ?? '\n'))) {
        i = lineEnd(text, i) - 1;
        continue;
      }
      if (OPENERS.has(c) && (flow > 0 || VALUE_START.has(previous))) {
        if (c === '"' || c === "'") {
          if (/[\s[{,]/.test(text[i - 1] ?? '\n')) quote = c.charCodeAt(0);
        } else if (indents.length + ++flow > MAX_NESTING) {
          return { offset: i, bracket: true };
        }
      } else if ((c === ']' || c === '}') && flow > 0) {
        flow--;
      }
      if (c !== ' ' && c !== '\t') previous = c;
    }
    if (quote === 0 && flow === 0 && /(?:^|[\s:-])[|>][-+0-9]*[ \t]*(?:#.*)?\r?$/.test(text.slice(lineStart, i))) blockScalarIndent = indents.at(-1) ?? 0;
    i++;
  }
  return undefined;
}

/** JSON's brackets, outside strings and (for files with comments, reported elsewhere) comments. */
function jsonDepth(text: string): TooDeep | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      i = lineEnd(text, i);
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return { offset: i, bracket: true };
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/**
 * The path to the first value nested deeper than {@link MAX_NESTING} in a parsed document, or
 * undefined. Aliases in YAML can build such a value from shallow text (each `&a` holding a
 * `*b`), and documents made in code never went through text at all. It walks without
 * recursion, and walks a value shared through aliases again only if it is reached deeper.
 */
export function tooDeepPath(value: unknown): Path | undefined {
  interface Step {
    readonly value: object;
    readonly depth: number;
    readonly parent?: Step;
    readonly key?: string | number;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const stack: Step[] = [{ value, depth: 0 }];
  // A value reached again through an alias, no deeper than before, has nothing deeper below it.
  const seen = new Map<object, number>();
  for (let here = stack.pop(); here !== undefined; here = stack.pop()) {
    if (here.depth >= MAX_NESTING) return pathOf(here);
    if ((seen.get(here.value) ?? -1) >= here.depth) continue;
    seen.set(here.value, here.depth);
    const depth = here.depth + 1;
    // Pushed last to first, so the walk goes in document order and finds the first place that is too deep.
    if (Array.isArray(here.value)) {
      for (let i = here.value.length - 1; i >= 0; i--) {
        const inner: unknown = here.value[i];
        if (typeof inner === 'object' && inner !== null) stack.push({ value: inner, depth, parent: here, key: i });
      }
    } else {
      const keys = Object.keys(here.value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] ?? '';
        const inner: unknown = (here.value as Record<string, unknown>)[key];
        if (typeof inner === 'object' && inner !== null) stack.push({ value: inner, depth, parent: here, key });
      }
    }
  }
  return undefined;
}

function pathOf(step: { readonly parent?: typeof step; readonly key?: string | number }): Path {
  const path: Array<string | number> = [];
  for (let at: typeof step | undefined = step; at?.key !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * How many values a document may hold once its aliases are written out. Aliases repeat a value
 * without copying it, so ten lines of `&a [*b, *b, ...]` can stand for a billion values, which
 * every later stage would visit one by one. A real document holds far fewer than a million.
 */
export const MAX_EXPANDED_VALUES = 1_000_000;

/** The fields of a document whose aliases would stand for too many values; also reported by the YAML reader. */
export const TOO_MANY_ALIASES = { limit: MAX_EXPANDED_VALUES } as const;

/**
 * The path to the first value (in document order) that, with its aliases written out, holds more
 * than {@link MAX_EXPANDED_VALUES} values, though none of its own items does; or undefined. Call
 * it only on a value that {@link tooDeepPath} passed: it recurses, at most that deep, and a value
 * that contains itself is always too deep.
 */
export function tooBigPath(value: unknown): Path | undefined {
  const sizes = new Map<object, number>();
  const size = (here: unknown): number => {
    if (typeof here !== 'object' || here === null) return 1;
    const known = sizes.get(here);
    if (known !== undefined) return known;
    let total = 1;
    for (const inner of Array.isArray(here) ? here : Object.values(here)) {
      total += size(inner);
      if (total > MAX_EXPANDED_VALUES) break;
    }
    sizes.set(here, total);
    return total;
  };
  if (size(value) <= MAX_EXPANDED_VALUES) return undefined;
  const path: Array<string | number> = [];
  for (let here: unknown = value; typeof here === 'object' && here !== null;) {
    const entries: Array<[string | number, unknown]> = Array.isArray(here) ? here.map((v, i) => [i, v]) : Object.entries(here);
    const next = entries.find(([, inner]) => size(inner) > MAX_EXPANDED_VALUES);
    if (next === undefined) break;
    path.push(next[0]);
    here = next[1];
  }
  return path;
}
