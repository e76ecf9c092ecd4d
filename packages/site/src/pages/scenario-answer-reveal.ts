import { html, type Html } from './html.js';
import { markdown } from './markdown.js';
import type { ScenarioModule, ScenarioQuestion } from './scenario-types.js';

/** The id of the box holding a question's model answer: question ids are unique only within their module. */
export function answerBoxId(question: ScenarioQuestion, module: ScenarioModule): string {
  return `answer-${module.id}-${question.id}`;
}

/**
 * A question's model answer and discussion points, for the facilitator only, behind a button
 * that reveals them on demand: the facilitator's screen is often in the players' sight, so
 * nothing shows until asked for. The page's script makes the button work; the box stays hidden
 * without it. Nothing when the question has neither an answer nor points.
 */
export function answerReveal(question: ScenarioQuestion, module: ScenarioModule): Html {
  if (question.answer === undefined && question.points.length === 0) return html``;
  const id = answerBoxId(question, module);
  return html`<div class="answer-reveal">
<button type="button" class="reveal-answer" aria-expanded="false" aria-controls="${id}">Show the model answer</button>
<div class="answer-reveal-body" id="${id}" hidden>
${question.answer === undefined ? '' : html`<h4>Model answer</h4>${markdown(question.answer)}`}
${question.points.length === 0 ? '' : html`<h4>Discussion points</h4><ul>${question.points.map((p) => html`<li>${p}</li>`)}</ul>`}
</div>
</div>`;
}
