import { summaryLines, type Model } from '@opcc/core';
import { plural } from './print-diagnostics.js';
import { safeText } from './safe-text.js';

/**
 * A short account of what a model holds, for people checking they loaded what they meant to:
 * a line for each kind of document, as the registry of kinds words it.
 * Model text in it is printed through {@link safeText}.
 * @example
 * ```ts
 * console.log(summaryText(guide)); // counts of maps, steps, glossary entries, …
 * ```
 */
export function summaryText(model: Model): string {
  const lines = [model.title, '', ...summaryLines(model, plural).map(({ label, text }) => `  ${label.padEnd(20)} ${text}`)];
  return `${lines.map(safeText).join('\n')}\n`;
}
