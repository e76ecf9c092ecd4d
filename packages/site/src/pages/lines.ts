import { Html } from './html.js';

/**
 * Markup parts one to a line, leaving out the empty ones, so that a page has no blank lines where optional parts
 * (guidance, references, answers) are missing.
 * @example
 * ```ts
 * lines([html`<h3>Plan</h3>`, undefined, html``, html`<p>Then review</p>`]).value; // '<h3>Plan</h3>\n<p>Then review</p>'
 * ```
 */
export function lines(parts: ReadonlyArray<Html | '' | undefined | false>): Html {
  return new Html(
    parts
      .map((part) => (part instanceof Html ? part.value : ''))
      .filter((value) => value !== '')
      .join('\n'),
  );
}
