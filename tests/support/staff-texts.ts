import type { Scenario } from '@opcc/core';
import { markdown } from '../../packages/site/src/pages/markdown.js';

/**
 * The words a reader sees in markup: tags dropped, entities and spacing made plain, bidi isolation left out.
 * @example
 * ```ts
 * visibleText('<p>Tom &amp; Jerry</p>'); // 'Tom & Jerry'
 * ```
 */
export function visibleText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const fromMarkdown = (text: string | undefined) => (text === undefined ? [] : [visibleText(markdown(text).value)]);

// A page that shows part of a text leaks it as surely as one that shows it whole, so texts are looked for a sentence at a
// time. Sentences under three words ("Yes.") could be on a page for other reasons, so they are left out.
function sentences(texts: readonly string[]): string[] {
  return texts.flatMap((text) => text.split(/(?<=[.!?:;])\s+/)).filter((sentence) => sentence.split(' ').length >= 3);
}

/**
 * Every facilitator-only text of a scenario (model answers, discussion points, what to observe, the debrief), a sentence
 * of three words or more at a time, as a reader would see it.
 * @example
 * ```ts
 * for (const secret of facilitatorTexts(scenario)) expect(visibleText(page)).not.toContain(secret);
 * ```
 */
export function facilitatorTexts(s: Scenario): string[] {
  return sentences([
    ...s.modules.flatMap((m) => m.questions.flatMap((q) => [...fromMarkdown(q.answer), ...q.points.map(visibleText)])),
    ...s.objectives.flatMap((o) => fromMarkdown(o.observe)),
    ...fromMarkdown(s.debrief),
  ]);
}

/**
 * Every text of a scenario for exercise staff only: its {@link facilitatorTexts} and the words of its contingency injects,
 * which players see only if they miss what was expected of them.
 * @example
 * ```ts
 * const secrets = guide.scenarios.flatMap(staffTexts);
 * ```
 */
export function staffTexts(s: Scenario): string[] {
  const contingency = s.modules.flatMap((m) => m.injects.filter((i) => i.contingency !== undefined).flatMap((i) => fromMarkdown(i.content)));
  return [...facilitatorTexts(s), ...sentences(contingency)];
}
