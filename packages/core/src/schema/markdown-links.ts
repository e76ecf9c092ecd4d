/** A link or image in Markdown text: where it points, as written, with backslash escapes undone. */
export interface MarkdownLink {
  readonly destination: string;
  /** True for an image, `![alt](address)`, which the page would load rather than link to. */
  readonly image: boolean;
}

// A destination is either in angle brackets or a run without spaces (balanced parentheses allowed).
const DESTINATION = String.raw`(<[^>\n]*>|[^\s()<]*(?:\([^\s()]*\)[^\s()]*)*)`;
const INLINE = new RegExp(String.raw`(!?)\[((?:[^\[\]\\]|\\.|\[[^\]]*\])*)\]\(\s*` + DESTINATION, 'gu');
// Every "](" starts an inline destination; looking at them all, whatever the link text holds,
// means no destination escapes the check because its text was too odd to match.
const ANY_INLINE = new RegExp(String.raw`\]\(\s*` + DESTINATION, 'gu');
const DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.)+)\]:[ \t]*\n?[ \t]*(<[^>\n]*>|\S+)/gmu;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/gu;
const REFERENCE_IMAGE = /!\[((?:[^\[\]\\]|\\.)*)\](?:\[((?:[^\]\\]|\\.)*)\])?/gu;

/**
 * Every link and image address in Markdown text: inline ones, reference definitions and
 * autolinks, and images by either form. It errs towards finding too much: text that only looks
 * like a link is judged too, which costs nothing for text with ordinary links.
 */
export function markdownLinks(text: string): MarkdownLink[] {
  const found: MarkdownLink[] = [];
  const images = new Set<number>();
  const definitions = new Map<string, string>();
  for (const match of text.matchAll(DEFINITION)) {
    const destination = clean(match[2] ?? '');
    definitions.set(label(match[1] ?? ''), destination);
    found.push({ destination, image: false });
  }
  for (const match of text.matchAll(INLINE)) {
    if (match[1] !== '!') continue;
    images.add(match.index + match[0].length - (match[3] ?? '').length);
  }
  for (const match of text.matchAll(ANY_INLINE)) {
    const raw = match[1] ?? '';
    found.push({ destination: clean(raw), image: images.has(match.index + match[0].length - raw.length) });
  }
  for (const match of text.matchAll(REFERENCE_IMAGE)) {
    const after = text[match.index + match[0].length];
    if (after === '(' || after === ':') continue;
    const destination = definitions.get(label(match[2] || match[1] || ''));
    if (destination !== undefined) found.push({ destination, image: true });
  }
  for (const match of text.matchAll(AUTOLINK)) found.push({ destination: match[1] ?? '', image: false });
  return found;
}

function clean(destination: string): string {
  const bare = destination.startsWith('<') && destination.endsWith('>') ? destination.slice(1, -1) : destination;
  return bare.replace(/\\([!-/:-@[-`{-~])/gu, '$1');
}

function label(text: string): string {
  return text.trim().replace(/\s+/gu, ' ').toLowerCase();
}
