import { formatImpact, type ImpactReport, type Model } from '@opcc/core';
import type { ChangeSetOf } from '../build/option-types.js';
import { html, type Html } from './html.js';
import { markdown } from './markdown.js';

const STATUS_NAMES: Readonly<Record<ChangeSetOf['status'], string>> = { proposed: 'Proposed', agreed: 'Agreed', rejected: 'Rejected' };

/** An option's status as a word in a tag; the word, not the colour, says which. */
export function statusTag(status: ChangeSetOf['status']): Html {
  return html`<span class="option-status option-status-${status}">${STATUS_NAMES[status]}</span>`;
}

/** A party's title, in the model after the change when it has the party, else before; its id when neither has it. */
export function partyName(before: Model, after: Model | undefined, id: string): string {
  return (after?.parties.find((p) => p.id === id) ?? before.parties.find((p) => p.id === id))?.title ?? id;
}

/**
 * The impact report as the command line prints it in Markdown, put on the page through the site's safe Markdown
 * renderer, its headings moved one level down to sit beneath the page's own; the report's own title is left out,
 * as the page names the option.
 */
export function impactReportHtml(report: ImpactReport): Html {
  const text = formatImpact(report, 'markdown')
    .replace(/^# .*\n+/, '')
    .replace(/^(#{2,5}) /gm, '#$1 ');
  return markdown(text);
}
