// Bidirectional text from a model. An override such as U+202E reverses everything after it up
// to the end of the paragraph, which in a page can be text the site wrote: a model could make
// "Approved" read as "devorppA" or turn a label around. Model text is therefore closed off.

const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
const POP_EMBEDDING = '\u202C';
const POP_ISOLATE = '\u2069';
const FIRST_STRONG_ISOLATE = '\u2068';

/**
 * Text that can change the direction of what surrounds it: bidi controls, right-to-left marks,
 * and letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and others).
 * Text with none of these is laid out left to right and cannot move its neighbours.
 */
const DIRECTIONAL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** Whether a text can change the direction of the text around it, and so must be isolated. */
export function carriesDirection(text: string): boolean {
  return DIRECTIONAL.test(text);
}

/**
 * The text with its bidi controls balanced, as the Unicode Bidirectional Algorithm pairs them:
 * a stray pop that would close an isolate the site opened is dropped, and every embedding,
 * override or isolate the text leaves open is closed at its end. What the text does to its own
 * characters is kept.
 */
export function balanceBidi(text: string): string {
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(text)) return text;
  const open: string[] = [];
  let out = '';
  for (const c of text) {
    if (EMBEDDINGS.has(c) || ISOLATES.has(c)) open.push(c);
    else if (c === POP_EMBEDDING) {
      // A pop of an embedding never reaches past an isolate.
      if (!EMBEDDINGS.has(open.at(-1) ?? '')) continue;
      open.pop();
    } else if (c === POP_ISOLATE) {
      // A pop of an isolate also closes the embeddings opened inside it.
      const at = open.findLastIndex((o) => ISOLATES.has(o));
      if (at < 0) continue;
      open.length = at;
    }
    out += c;
  }
  return out + open.reverse().map((o) => (ISOLATES.has(o) ? POP_ISOLATE : POP_EMBEDDING)).join('');
}

/**
 * Plain text (an attribute value, a document title) that cannot change the direction of the
 * text around it: balanced, and between a first-strong isolate and its pop when it carries
 * direction. Text without direction is returned as it is.
 */
export function isolatedPlainText(text: string): string {
  return carriesDirection(text) ? `${FIRST_STRONG_ISOLATE}${balanceBidi(text)}${POP_ISOLATE}` : text;
}
