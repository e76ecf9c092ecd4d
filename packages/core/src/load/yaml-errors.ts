import type { YAMLError } from 'yaml';
import type { CodedFields } from '../diagnostics/fields.js';

/** A YAML syntax error put in words a person can act on, at the place the mistake starts. */
export type ExplainedYamlError = CodedFields<'yaml-syntax' | 'duplicate-key'> & { readonly offset: number };

/**
 * The yaml parser notices an unclosed bracket or quote only where the text runs out, and
 * words some errors for parser writers. This points at the opening bracket or quote instead,
 * and says what to do.
 */
export function explainYamlError(text: string, error: YAMLError): ExplainedYamlError {
  const offset = error.pos[0];
  const original = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
  const line = lineAt(text, offset);
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(line)?.[1];
    return { code: 'duplicate-key', fields: { key }, offset };
  }
  const bracket = /end with a ([\]}])/.exec(original)?.[1];
  if (bracket !== undefined) {
    const open = bracket === ']' ? '[' : '{';
    const start = unclosed(text, offset)
      .brackets.filter((b) => text[b] === open)
      .at(-1);
    const what = open === '[' ? 'list' : 'mapping';
    return syntax(`this ${what} opens with ${open} but is never closed with ${bracket}`, start ?? offset);
  }
  if (/Missing closing ["']quote/.test(original)) {
    const start = unclosed(text, offset).quote;
    return syntax('this text opens a quote that is never closed', start ?? offset);
  }
  if (/Nested mappings are not allowed in compact mappings/i.test(original)) {
    return syntax(
      'a colon followed by a space starts a new field; if the colon is part of the text, put the whole value in quotes, e.g. title: "Gold: strategic command"',
      offset,
    );
  }
  if (error.code === 'TAB_AS_INDENT') return syntax('indent with spaces, not tabs', offset);
  if (error.code === 'MULTILINE_IMPLICIT_KEY') {
    const squashed = /^\s*(?:-\s+)?([A-Za-z$][\w-]*):(\S.*)$/.exec(line);
    if (squashed !== null) return syntax(`put a space after the colon: "${squashed[1]}: ${squashed[2]}"`, offset);
  }
  if (error.code === 'BAD_INDENT' || /without - indicator|indent/i.test(original)) {
    return syntax(`bad indentation: this line does not line up with the lines around it (${lowerFirst(original)})`, offset);
  }
  return syntax(lowerFirst(original), offset);
}

function syntax(detail: string, offset: number): ExplainedYamlError {
  return { code: 'yaml-syntax', fields: { detail }, offset };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? undefined : end);
}

/**
 * The brackets and the quote still open at `offset`. A quote opens a quoted value only where a
 * value can start (after a colon, dash, bracket or comma, or at the start of a line), so an
 * apostrophe inside plain text does not count.
 */
function unclosed(text: string, offset: number): { brackets: number[]; quote?: number } {
  const brackets: number[] = [];
  let quote: { char: string; at: number } | undefined;
  let previous = '\n';
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i] ?? '';
    if (quote !== undefined) {
      if (c === '\\' && quote.char === '"') i++;
      else if (c === quote.char && !(c === "'" && text[i + 1] === "'")) quote = undefined;
      else if (c === "'" && quote.char === "'" && text[i + 1] === "'") i++;
      continue;
    }
    if (c === '#' && /\s/.test(previous)) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end - 1;
      continue;
    }
    if ((c === '"' || c === "'") && /[\s:\-[{,]/.test(previous)) quote = { char: c, at: i };
    else if (c === '[' || c === '{') brackets.push(i);
    else if (c === ']' || c === '}') brackets.pop();
    if (!/[ \t]/.test(c)) previous = c;
    if (c === '\n') previous = '\n';
  }
  return quote === undefined ? { brackets } : { brackets, quote: quote.at };
}
