import type { Model } from '@opcc/core';
import type { OptionAnalysis } from '../build/option-types.js';
import { topBreadcrumbs } from './common.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { statusTag } from './option-common.js';
import { pagePath } from './paths.js';

/** The title of the options section, in the navigation, breadcrumbs and index. */
export const OPTIONS_TITLE = 'Options for change';

/** The options for change side by side: status and the counts of what each touches, from its impact report. */
export function optionsPage(model: Model, options: readonly OptionAnalysis[]): string {
  const main = html`<p class="lede">Each option is a set of changes to the model, applied to a copy of it: nothing here changes the model itself.
Compare what each option touches, then open it for its rationale, its impact report and its process maps before and after.</p>
<table class="options-compare">
<caption>The options compared</caption>
<thead><tr><th scope="col">Option</th><th scope="col">Status</th><th scope="col">Entries whose parties change</th><th scope="col">Gaps created / resolved</th><th scope="col">Overlaps created / resolved</th><th scope="col">Boundary conflicts created / resolved</th>
<th scope="col">Hand-offs between parties added / removed</th><th scope="col">Maps touched</th><th scope="col">Parties affected</th><th scope="col">Collaborations changed</th></tr></thead>
<tbody>${options.map(optionRow)}</tbody>
</table>`;
  return layout(model, { title: OPTIONS_TITLE, kind: 'options', breadcrumbs: topBreadcrumbs(model, { title: OPTIONS_TITLE }), main }).value;
}

// The columns of counts, which a row for an option that does not apply spans.
const COUNT_COLUMNS = 8;

function optionRow(option: OptionAnalysis): Html {
  const { changeSet, report } = option;
  const head = html`<th scope="row"><a href="${pagePath.option(changeSet.id)}">${changeSet.title}</a></th><td>${statusTag(changeSet.status)}</td>`;
  if (report === undefined) {
    const n = option.problems.length;
    return html`<tr data-option="${changeSet.id}">${head}<td colspan="${COUNT_COLUMNS}" class="option-problem">Does not apply to the model as it is: ${n} ${n === 1 ? 'problem' : 'problems'}</td></tr>`;
  }
  const s = report.summary;
  return html`<tr data-option="${changeSet.id}">${head}<td>${s.entriesMoved}</td><td>${s.gapsCreated} / ${s.gapsResolved}</td><td>${s.overlapsCreated} / ${s.overlapsResolved}</td><td>${s.boundaryConflicts} / ${s.boundaryConflictsResolved}</td><td>${s.handOffsAdded} / ${s.handOffsRemoved}</td><td>${s.mapsTouched}</td><td>${s.partiesAffected}</td><td>${s.collaborationsChanged}</td></tr>`;
}
