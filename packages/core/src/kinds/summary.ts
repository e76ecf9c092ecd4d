import type { Model } from '../model/model.js';
import { kindsAsRegistered } from './registry.js';

/**
 * The lines of a short account of what a model holds, one per kind of document that has one:
 * a label and its counts, such as `process maps` and `12 (140 steps, 150 flows)`. `plural`
 * writes a count with its noun, so the caller decides how counts read.
 * @example
 * ```ts
 * const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
 * for (const { label, text } of summaryLines(guide, plural)) console.log(label.padEnd(20), text);
 * ```
 */
export function summaryLines(
  model: Model,
  plural: (count: number, word: string, many?: string) => string,
): Array<{ readonly label: string; readonly text: string }> {
  return kindsAsRegistered().flatMap(({ summary }) => (summary === undefined ? [] : [{ label: summary.label, text: summary.text(model, plural) }]));
}
