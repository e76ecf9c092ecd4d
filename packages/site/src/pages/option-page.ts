import { formatDiagnostic, type ImpactReport, type Model } from '@opcc/core';
import { CHANGE_VIEWS, countChanges, type ChangeView, type MapChangeViews } from '@opcc/render';
import type { ChangeSetOf, OptionAnalysis } from '../build/option-types.js';
import { figure, glossaryLink, topBreadcrumbs } from './common.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { markdown } from './markdown.js';
import { impactReportHtml, partyName, statusTag } from './option-common.js';
import { OPTIONS_TITLE } from './options-page.js';
import { pagePath } from './paths.js';

const VIEW_TITLES: Readonly<Record<ChangeView, string>> = { 'as-is': 'As-is', changes: 'Changes', 'to-be': 'To-be' };
const VIEW_CAPTIONS: Readonly<Record<ChangeView, string>> = {
  'as-is': 'as it is now',
  changes: 'the changes, on the same layout',
  'to-be': 'as it would be with this option',
};

/**
 * One option for change: its status and rationale, and, when it applies to the model, its impact report, the as-is,
 * changes and to-be views of each map it touches and who answers for each entry before and after. An option that does
 * not apply says why, with the problems found, and shows no views; one that applies but breaks the model lists the
 * errors it leaves, then its report and views.
 */
export function optionPage(model: Model, option: OptionAnalysis): string {
  const { changeSet, report } = option;
  const main = html`<p class="option-meta">Status: ${statusTag(changeSet.status)}</p>
<section class="option-rationale" aria-labelledby="option-rationale"><h2 id="option-rationale">Rationale</h2>
${markdown(changeSet.rationale)}</section>
${changeList(changeSet)}
${report === undefined ? problems(option) : applied(model, option, report)}
<nav class="map-links" aria-label="Related pages"><ul><li><a href="${pagePath.options()}">All ${OPTIONS_TITLE.toLowerCase()}</a></li></ul></nav>`;
  const crumbs = topBreadcrumbs(model, { title: OPTIONS_TITLE, href: pagePath.options() }, { title: changeSet.title });
  return layout(model, { title: changeSet.title, kind: 'option', breadcrumbs: crumbs, main }).value;
}

// Each change as written: its kind in words, its fields as "name value", and its note as Markdown.
function changeList(changeSet: ChangeSetOf): Html {
  return html`<section class="option-changes" aria-labelledby="option-changes"><h2 id="option-changes">The changes, in order</h2>
<ol>${changeSet.changes.map((change) => {
    const { change: kind, note, ...fields } = change as { change: string; note?: string | null } & Record<string, unknown>;
    const shown = namedFields(fields);
    return html`<li><strong>${kind.charAt(0).toUpperCase()}${kind.slice(1).replace(/-/g, ' ')}</strong>${shown.length === 0 ? '' : html`: ${shown.join('; ')}`}${
      typeof note === 'string' ? html`<div class="change-note">${markdown(note)}</div>` : ''
    }</li>`;
  })}</ol></section>`;
}

// Fields as "name value", leaving out empty lists, which say nothing.
function namedFields(fields: object): string[] {
  return Object.entries(fields).flatMap(([name, value]) => (Array.isArray(value) && value.length === 0 ? [] : [`${name} ${fieldText(value)}`]));
}

function fieldText(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (Array.isArray(value)) return value.map(fieldText).join(', ');
  if (typeof value === 'object') return `(${namedFields(value).join('; ')})`;
  return String(value);
}

function problems(option: OptionAnalysis): Html {
  return html`<section class="option-problems" aria-labelledby="option-problems"><h2 id="option-problems">This option does not apply to the model</h2>
<p>The model has moved on since the option was written, or the option has a mistake in it. These problems stop it from being applied, so there is no impact report and no view of its maps:</p>
<ul>${option.problems.map((d) => html`<li>${formatDiagnostic(d)}</li>`)}</ul></section>`;
}

// An option that applies but breaks the model: its report and views still show, after the errors it leaves.
function breaks(option: OptionAnalysis): Html {
  if (option.problems.length === 0) return html``;
  return html`<section class="option-problems" aria-labelledby="option-problems"><h2 id="option-problems">This option breaks the model</h2>
<p>Every change can be made, but the model they leave has errors that the model does not have now. The option lacks a change; its impact and views follow:</p>
<ul>${option.problems.map((d) => html`<li>${formatDiagnostic(d)}</li>`)}</ul></section>`;
}

function applied(model: Model, option: OptionAnalysis, report: ImpactReport): Html {
  return html`${breaks(option)}<section class="option-impact" aria-labelledby="option-impact"><h2 id="option-impact">Impact</h2>
${impactReportHtml(report)}</section>
${option.maps.length === 0 ? '' : mapsSection(model, option)}
${accountabilitySection(model, option, report)}`;
}

function mapsSection(model: Model, option: OptionAnalysis): Html {
  return html`<section class="option-maps" aria-labelledby="option-maps"><h2 id="option-maps">Process maps before and after</h2>
<p>Each map is drawn three times on one layout, so shapes keep their places: as it is now, the changes, and as it would be.
In the changes view an added shape has a plus badge and a double dashed outline, a removed shape is struck through and has a minus badge,
and a moved or changed shape has a badge saying so; a dashed outline marks the place a moved shape left. Each shape's name says its change after its title.
The header of a lane added, removed, moved or whose party changed has a badge saying so in words, and its name says the change.</p>
${option.maps.map((views) => mapViews(model, option, views))}</section>`;
}

function mapViews(model: Model, option: OptionAnalysis, views: MapChangeViews): Html {
  const id = `option-map-${views.mapId}`;
  const onSite = model.maps.some((m) => m.id === views.mapId);
  return html`<section class="change-views" aria-labelledby="${id}" data-map="${views.mapId}">
<h3 id="${id}">${views.title}</h3>
<p class="meta">${countChanges({ steps: views.changes, lanes: views.lanes })}${onSite ? html` <a href="${pagePath.map(views.mapId)}">Open the map as it is</a>.` : ''}</p>
${CHANGE_VIEWS.map(
  (view) => html`<section class="change-view" aria-labelledby="${id}-${view}" data-view="${view}"><h4 id="${id}-${view}">${VIEW_TITLES[view]}</h4>
${figure(views.views[view], `${views.title}: ${VIEW_CAPTIONS[view]} (${option.changeSet.title})`)}</section>`,
)}
</section>`;
}

function accountabilitySection(model: Model, option: OptionAnalysis, report: ImpactReport): Html {
  const names = (ids: readonly string[]) => (ids.length === 0 ? html`<span class="meta">nobody</span>` : ids.map((p) => partyName(model, option.after, p)).join(', '));
  const rows = report.entries.flatMap((entry) =>
    entry.roles.map(
      (role) =>
        html`<tr><td>${model.profiles.find((p) => p.id === entry.profile)?.title ?? entry.profile}</td><td>${glossaryLink(model, entry.code)}</td><th scope="row">${entry.title}</th><td>${role.role}</td><td>${names(role.before)}</td><td>${names(role.after)}</td></tr>`,
    ),
  );
  return html`<section class="option-accountability" aria-labelledby="option-accountability"><h2 id="option-accountability">Accountability before and after</h2>
${
  rows.length === 0
    ? html`<p>No glossary entry changes hands under any profile.</p>`
    : html`<table class="accountability-change"><caption>Who answers for each glossary entry whose parties change, per profile: before → after</caption>
<thead><tr><th scope="col">Profile</th><th scope="col">Code</th><th scope="col">Entry</th><th scope="col">Role</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
<tbody>${rows}</tbody></table>`
}</section>`;
}
