import MarkdownIt from 'markdown-it';

const { unescapeAll } = new MarkdownIt().utils;

/** The schemes a model may link to. */
const SAFE_SCHEME = /^(?:https?|mailto)$/i;

// Characters browsers drop from an address (tabs and line breaks anywhere, controls and spaces
// at either end), with the invisible format characters that can split a word without showing.
// eslint-disable-next-line no-control-regex
const IGNORED = /[\u0000-\u0020\u007F-\u00A0\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/g;

/**
 * An address with every layer of encoding a page could undo taken off: character references
 * (`&#106;`, `&Tab;`), Markdown backslash escapes and percent-encoded ASCII, repeatedly, then
 * the characters browsers ignore removed. Stricter than any one browser: if any reading of the
 * address names a scheme, this one does.
 */
function unmasked(url: string): string {
  let text = url;
  for (let round = 0; round < 8; round++) {
    const next = unescapeAll(text).replace(/%([0-7][0-9a-f])/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    if (next === text) break;
    text = next;
  }
  return text.replace(IGNORED, '');
}

/**
 * Whether an address from a model may become a link: an http, https or mailto address, or a
 * relative path. Refused: any other scheme (javascript:, data:, vbscript:, file:) however it is
 * spelt, a backslash (a Windows share, or a `\\` that browsers read as `//`) and a leading `//`,
 * which from a page on disk names a file on another machine.
 */
export function isSafeLink(url: string): boolean {
  const plain = unmasked(url);
  if (url.includes('\\') || plain.includes('\\') || plain.startsWith('//')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(plain)?.[1];
  return scheme === undefined || SAFE_SCHEME.test(scheme);
}

/** Whether an address leaves the site, so that its link opens in a new tab. */
export function isExternalLink(url: string): boolean {
  return /^(?:https?:|mailto:)/i.test(url);
}
