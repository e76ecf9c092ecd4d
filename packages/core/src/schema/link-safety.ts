/**
 * How a browser, or markdown-it before it, reads the start of a link. HTML decodes character
 * references in an attribute (`&#106;` is `j`, `&colon;` is `:`), and the URL parser drops
 * leading control characters and spaces and every tab and line break, so `java&#x09;script:`
 * and ` \u0000javascript:` both run a script. A link is judged by its scheme after all of that.
 */

/** The schemes a link may use. Anything else could run a script or open files on the reader's computer. */
export const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

// Named references for the ASCII characters that could spell or break up a scheme; none
// stands for a letter, so these are all that can change how a scheme reads.
const NAMED: Readonly<Record<string, string>> = {
  Tab: '\t',
  NewLine: '\n',
  nbsp: '\u00a0',
  excl: '!',
  quot: '"',
  QUOT: '"',
  num: '#',
  dollar: '$',
  percnt: '%',
  amp: '&',
  AMP: '&',
  apos: "'",
  lpar: '(',
  rpar: ')',
  ast: '*',
  midast: '*',
  plus: '+',
  comma: ',',
  period: '.',
  sol: '/',
  colon: ':',
  semi: ';',
  lt: '<',
  LT: '<',
  equals: '=',
  gt: '>',
  GT: '>',
  quest: '?',
  commat: '@',
  lsqb: '[',
  lbrack: '[',
  bsol: '\\',
  rsqb: ']',
  rbrack: ']',
  Hat: '^',
  lowbar: '_',
  UnderBar: '_',
  grave: '`',
  DiacriticalGrave: '`',
  lcub: '{',
  lbrace: '{',
  verbar: '|',
  vert: '|',
  VerticalLine: '|',
  rcub: '}',
  rbrace: '}',
};

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]+);?|#(\d+);?|([A-Za-z][A-Za-z0-9]*);)/g;

/**
 * Decodes HTML character references as a browser does in an attribute: numeric ones (with or
 * without the closing `;`) and the named ones for ASCII punctuation and spaces. A number that
 * is no character becomes U+FFFD, as in a browser.
 */
export function decodeCharacterReferences(text: string): string {
  return text.replace(REFERENCE, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
    const valid = Number.isSafeInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * The scheme a browser would see at the start of a link, lower-cased, or undefined when it has
 * none (a relative path). References are decoded until nothing changes, so one written as
 * `&amp;#106;` is caught too; then every control character and space is dropped.
 */
export function linkScheme(link: string): string | undefined {
  let text = link;
  for (let round = 0; round < 4; round++) {
    const decoded = decodeCharacterReferences(text);
    if (decoded === text) break;
    text = decoded;
  }
  const bare = text.replace(/[\u0000-\u0020\u007f-\u009f\s]/gu, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(bare)?.[1]?.toLowerCase();
}

/** The scheme of a link when it is not one of the {@link SAFE_SCHEMES}, else undefined. */
export function unsafeScheme(link: string): string | undefined {
  const scheme = linkScheme(link);
  return scheme === undefined || SAFE_SCHEMES.has(scheme) ? undefined : scheme;
}
