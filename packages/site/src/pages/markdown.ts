import MarkdownIt from 'markdown-it';
import { Html, trusted } from './html.js';

// Raw HTML is off, so Markdown from a model cannot carry markup; links are limited to the
// schemes a model may use, and the ones that leave the site open in a new tab.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
// markdown-it percent-encodes a link before this check, so a backslash arrives as %5C.
md.validateLink = (url: string) => /^(?:https?:|mailto:)/i.test(url.trim()) || !/^[\s\x00-\x1f]*(?:[a-z][a-z0-9+.-]*:|[\\/]{2})|\\|%5c/i.test(url);
const defaultLinkOpen = md.renderer.rules['link_open'] ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules['link_open'] = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token !== undefined && /^(?:https?:|mailto:)/i.test(String(token.attrGet('href') ?? ''))) {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown from a model rendered as safe HTML. */
export function markdown(text: string | undefined): Html {
  return trusted(text === undefined ? '' : md.render(text));
}
