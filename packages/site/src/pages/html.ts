import { balanceBidi, carriesDirection, isolatedPlainText } from './bidi.js';

/** Markup that is already safe to put in a page: built by {@link html} or trusted output such as our own SVG. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Text for element content: escaped, and in a `<bdi>` when it carries direction, so that a
 * right-to-left override in a model's title cannot turn the site's own words around.
 */
export function modelText(text: string): string {
  return carriesDirection(text) ? `<bdi>${escapeHtml(balanceBidi(text))}</bdi>` : escapeHtml(text);
}

/**
 * Where in the markup a value lands. Element content can take a `<bdi>`; a document title and
 * the attributes a person reads or hears (tooltips, accessible names) take isolating characters;
 * any other attribute (an address, an id) is only escaped, since added characters would change it.
 */
type Slot = 'content' | 'plain-text' | 'readable-attribute' | 'attribute';

const READABLE_ATTRIBUTES = new Set(['title', 'alt', 'placeholder', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext']);

// Interpolated values never hold a bare < or > (text is escaped, markup is whole elements), so
// the literal parts of a template alone say where each value lands.
function slotAfter(previous: Slot, literal: string): Slot {
  const lt = literal.lastIndexOf('<');
  const gt = literal.lastIndexOf('>');
  if (gt > lt) return /<title\b[^<>]*>[^<>]*$/i.test(literal) ? 'plain-text' : 'content';
  const name = /([^\s"'=<>/]+)\s*=\s*["']?$/.exec(literal)?.[1]?.toLowerCase();
  // A fragment of a tag (html` title="${x}"`) starts as if in content; its attribute gives it away.
  if (lt < 0 && (previous === 'content' || previous === 'plain-text') && !/\s[a-z][\w:-]*="$/i.test(literal)) return previous;
  if (name === undefined) return lt < 0 ? previous : 'attribute';
  return READABLE_ATTRIBUTES.has(name) ? 'readable-attribute' : 'attribute';
}

/**
 * A template tag that escapes every interpolated value unless it is {@link Html}, so text from
 * a model can never become markup. Text is also isolated where it lands (see {@link modelText}),
 * so it cannot change the direction of the text around it. Lists are joined; null, undefined
 * and false print nothing.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  let slot = slotAfter('content', out);
  values.forEach((value, i) => {
    const literal = strings[i + 1] ?? '';
    out += render(value, slot) + literal;
    slot = slotAfter(slot, literal);
  });
  return new Html(out);
}

/** Marks a string as trusted markup. Only for output of our own code, never for model text. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

function render(value: unknown, slot: Slot): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map((v) => render(v, slot)).join('');
  if (value === null || value === undefined || value === false) return '';
  const text = String(value);
  switch (slot) {
    case 'content':
      return modelText(text);
    case 'plain-text':
    case 'readable-attribute':
      return escapeHtml(isolatedPlainText(text));
    case 'attribute':
      return escapeHtml(text);
  }
}
