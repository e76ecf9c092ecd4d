import { ACCOUNTABILITY_ROLES, compareProfiles, indexModel, type Accountability, type Model, type PartyId, type Profile } from '@opcc/core';
import { isolatedPlainText } from './bidi.js';
import { topBreadcrumbs } from './common.js';
import { html } from './html.js';
import { layout } from './layout.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';

/**
 * Two accountability profiles side by side, entry by entry, all four roles, with the differences
 * marked. Each area names its own Commissioner and Chief Constable, so those are compared by their
 * role in the area (see compareProfiles): an entry both areas give their own Chief Constable does not differ.
 */
export function comparePage(model: Model, a: Profile, b: Profile): string {
  const parties = indexModel(model).parties;
  const names = (ids: readonly PartyId[]) => (ids.length === 0 ? 'nobody' : ids.map((id) => isolatedPlainText(parties.get(id)?.title ?? id)).join(', '));
  const roles = (who: Accountability) =>
    html`<ul class="roles">${ACCOUNTABILITY_ROLES.map((role) => (role !== 'accountable' && who[role].length === 0 ? '' : html`<li><span class="role">${role}</span>: ${names(who[role])}</li>`))}</ul>`;
  const differences = compareProfiles(model, a.id, b.id);
  const rows = differences.map((d) => {
    const entry = indexModel(model).getEntry(d.code);
    return html`<tr class="differs"><th scope="row"><a href="${pagePath.glossaryEntry(entry.id)}">${d.code}</a></th><td>${d.title}</td><td>${roles(d.a)}</td><td>${roles(d.b)}</td><td>${d.roles.join(', ')}</td></tr>`;
  });
  const count = differences.length;
  const title = `${isolatedPlainText(a.title)} and ${isolatedPlainText(b.title)} compared`;
  const about = (p: Profile) => html`<dt>${p.title}${p.area === undefined ? '' : html` <span class="meta">(${p.area})</span>`}</dt><dd>${p.description === undefined ? '' : markdown(p.description)}</dd>`;
  const main = html`<dl class="profiles">${about(a)}${about(b)}</dl>
<p>Who is accountable, responsible, consulted and informed for each glossary entry under each profile, where the two differ.
Each area's own Commissioner and Chief Constable are compared by their role, so naming each area's own Chief Constable is no difference.
${count} ${count === 1 ? 'entry differs' : 'entries differ'} of ${model.glossary.entries.length}.</p>
${count === 0 ? '' : html`<table class="compare"><caption>Roles by glossary entry, where the profiles differ</caption>
<thead><tr><th scope="col">Code</th><th scope="col">Entry</th><th scope="col">${a.title}</th><th scope="col">${b.title}</th><th scope="col">Roles that differ</th></tr></thead>
<tbody>${rows}</tbody></table>`}`;
  return layout(model, { title, kind: 'compare', breadcrumbs: topBreadcrumbs(model, { title: model.glossary.title, href: pagePath.glossary() }, { title }), main }).value;
}
