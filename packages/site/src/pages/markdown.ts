import MarkdownIt from 'markdown-it';
import { isolatedPlainText } from './bidi.js';
import { html, modelText, trusted, type Html } from './html.js';
import { isExternalLink, isSafeLink } from './safe-link.js';

// Raw HTML is off, so Markdown from a model cannot carry markup; links are limited to the
// schemes a model may use, and the ones that leave the site open in a new tab.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
// markdown-it hands over the address after decoding references and percent-encoding the rest;
// isSafeLink undoes every encoding again, so no spelling of a scheme gets through.
md.validateLink = isSafeLink;

const defaultLinkOpen = md.renderer.rules['link_open'] ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules['link_open'] = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token !== undefined) {
    if (isExternalLink(String(token.attrGet('href') ?? ''))) {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer');
    }
    const title = token.attrGet('title');
    if (title !== null) token.attrSet('title', isolatedPlainText(String(title)));
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

// A table column's alignment becomes a class: the style attribute markdown-it writes is blocked by the pages' policy.
for (const rule of ['th_open', 'td_open'] as const) {
  md.renderer.rules[rule] = (tokens, idx, options, _env, self) => {
    const token = tokens[idx];
    const align = /^text-align:(left|right|center)$/.exec(String(token?.attrGet('style') ?? ''))?.[1];
    if (token !== undefined && align !== undefined) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
      token.attrJoin('class', `align-${align}`);
    }
    return self.renderToken(tokens, idx, options);
  };
}

// Model text inside Markdown is isolated as everywhere else (see modelText).
md.renderer.rules['text'] = (tokens, idx) => modelText(tokens[idx]?.content ?? '');
md.renderer.rules['code_inline'] = (tokens, idx, _options, _env, self) => {
  const token = tokens[idx];
  return token === undefined ? '' : `<code${self.renderAttrs(token)}>${modelText(token.content)}</code>`;
};

// An image is never put in the page: a remote one would be fetched from off the machine as the
// page opens (the policy blocks it, but a copy of a page may lose its policy), and the site does
// not copy local files, so a local one would show as broken. Each becomes a link to its address,
// named by its alt text; inside a link, where a link cannot nest, it is that text alone.
md.renderer.rules['image'] = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token === undefined) return '';
  const src = String(token.attrGet('src') ?? '');
  const alt = self.renderInlineAsText(token.children ?? [], options, env).trim();
  const label = alt === '' ? src : alt;
  if (insideLink(tokens, idx)) return html`${label}`.value;
  const title = token.attrGet('title');
  const external = isExternalLink(src) ? html` target="_blank" rel="noopener noreferrer"` : '';
  return html`<a class="image-link" href="${src}"${title === null ? '' : html` title="${title}"`}${external}>${label}</a>`.value;
};

function insideLink(tokens: ReadonlyArray<{ type: string }>, idx: number): boolean {
  let depth = 0;
  for (const token of tokens.slice(0, idx)) depth += token.type === 'link_open' ? 1 : token.type === 'link_close' ? -1 : 0;
  return depth > 0;
}

// The same text always renders the same, and a site (and every rebuild of `opcc dev`) renders most texts again and again.
const rendered = new Map<string, string>();
const KEPT_RENDERINGS = 20_000;

/** Markdown from a model rendered as safe HTML. */
export function markdown(text: string | undefined): Html {
  if (text === undefined) return trusted('');
  let out = rendered.get(text);
  if (out === undefined) {
    if (rendered.size >= KEPT_RENDERINGS) rendered.clear();
    out = md.render(text);
    rendered.set(text, out);
  }
  return trusted(out);
}
