import type { Flow } from '@opcc/core';

/**
 * The words drawn on a flow's arrow: its `label` when it has one; otherwise the answer part of
 * its `condition` (the text before the first colon, so "yes: two-thirds vote to veto" shows
 * "Yes"), or the whole condition when it has no such part. The full condition is not lost: it
 * is carried beside the arrow as data and in the flow's title. Undefined for a flow with neither.
 * @example
 * ```ts
 * flowLabelText({ condition: 'yes: two-thirds of members vote to veto' }); // 'Yes'
 * flowLabelText({ label: 'next year' }); // 'next year'
 * ```
 */
export function flowLabelText(flow: Pick<Flow, 'label' | 'condition'>): string | undefined {
  const label = flow.label?.trim();
  if (label !== undefined && label !== '') return label;
  const condition = flow.condition?.trim();
  if (condition === undefined || condition === '') return undefined;
  const colon = condition.indexOf(':');
  const answer = colon > 0 ? condition.slice(0, colon).trim() : condition;
  return answer.charAt(0).toUpperCase() + answer.slice(1);
}

/**
 * What a flow's title (its tooltip) says: the condition in full, led by the flow's label when the
 * condition does not start with it ("Yes: the plan is on track"); the label alone when there is
 * no condition. Undefined for a flow with neither.
 */
export function flowTitleText(flow: Pick<Flow, 'label' | 'condition'>): string | undefined {
  const label = flowLabelText(flow);
  const condition = flow.condition?.trim();
  if (condition === undefined || condition === '' || label === undefined) return label;
  return condition.toLowerCase().startsWith(label.toLowerCase()) ? condition : `${label}: ${condition}`;
}
