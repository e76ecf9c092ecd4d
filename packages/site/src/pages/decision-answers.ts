import type { Flow, ProcessMap, Step } from '@opcc/core';
import { flowLabelText } from '@opcc/render';
import { html, type Html } from './html.js';

/** One way out of a step: the short answer drawn on its arrow, the condition behind it, and where it leads. */
export interface Answer {
  /** The words drawn on the arrow ("Yes", "No"), by the drawing's own rule (flowLabelText); "Then" for a flow with no words. */
  readonly answer: string;
  /** The condition in full, when it says more than the answer. */
  readonly condition?: string;
  readonly to: Step;
}

/**
 * The answers of a step whose flows carry words: every decision, and any other step with a
 * labelled or conditional way out. A reader of the text list needs to know where each answer
 * leads, which the drawing shows only by arrows.
 */
export function answersOf(map: ProcessMap, step: Step): Answer[] {
  const out = map.flows.filter((f) => f.from === step.id);
  if (step.kind !== 'decision' && !out.some(hasWords)) return [];
  const steps = new Map(map.steps.map((s) => [s.id as string, s]));
  return out.flatMap((flow) => {
    const to = steps.get(flow.to);
    if (to === undefined) return [];
    const { answer, condition } = answerWords(flow);
    return [{ answer, ...(condition === undefined ? {} : { condition }), to }];
  });
}

/**
 * The answers as a list after the step's guidance, each linking to the step it leads to. The one way out of a step
 * that is not a decision is a line of its own, with no heading over a list of one.
 */
export function answersList(map: ProcessMap, step: Step): Html {
  const answers = answersOf(map, step);
  const [only] = answers;
  if (only === undefined) return html``;
  if (answers.length === 1 && step.kind !== 'decision') return html`<p>${answerLine(only)}</p>`;
  return html`<div class="step-answers"><h4>${step.kind === 'decision' ? 'Where each answer leads' : 'Where it leads'}</h4><ul>${answers.map(
    (a) => html`<li>${answerLine(a)}</li>`,
  )}</ul></div>`;
}

function answerLine(a: Answer): Html {
  return html`<strong>${capitalised(a.answer)}</strong>${a.condition === undefined ? '' : html` <span class="condition">(${a.condition})</span>`}: go to <a href="#${a.to.id}">${a.to.title}</a>`;
}

// The answer is the drawing's words for the arrow, so the list and the map never say two things. A condition
// written "yes: two-thirds of members vote to veto" answers "Yes"; what follows the colon is the condition.
function answerWords(flow: Flow): { answer: string; condition?: string | undefined } {
  const answer = flowLabelText(flow) ?? 'Then';
  const condition = flow.condition?.trim() ?? '';
  const colon = condition.indexOf(':');
  const answered = colon > 0 && condition.slice(0, colon).trim().toLowerCase() === answer.toLowerCase();
  const detail = answered ? condition.slice(colon + 1).trim() : condition;
  return { answer, condition: detail === '' || detail.toLowerCase() === answer.toLowerCase() ? undefined : detail };
}

function hasWords(flow: Flow): boolean {
  return flow.label !== undefined || flow.condition !== undefined;
}

// Each line of the list starts as a sentence; the words are the drawing's.
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
