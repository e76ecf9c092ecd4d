import { accountableFor, indexModel, type Model, type PartyId, type Profile } from '@opcc/core';
import { isolatedPlainText } from './bidi.js';
import { topBreadcrumbs } from './common.js';
import { html } from './html.js';
import { layout } from './layout.js';
import { pagePath } from './paths.js';

/** Two accountability profiles side by side, entry by entry, with the differences marked. */
export function comparePage(model: Model, a: Profile, b: Profile): string {
  const parties = indexModel(model).parties;
  const names = (ids: readonly PartyId[]) => (ids.length === 0 ? 'nobody' : ids.map((id) => isolatedPlainText(parties.get(id)?.title ?? id)).join(', '));
  const data = model.glossary.entries.map((entry) => {
    const x = names(accountableFor(model, a.id, entry.code).accountable);
    const y = names(accountableFor(model, b.id, entry.code).accountable);
    return { entry, x, y, differs: x !== y };
  });
  const rows = data.map(
    ({ entry, x, y, differs }) =>
      html`<tr class="${differs ? 'differs' : ''}"><th scope="row"><a href="${pagePath.glossaryEntry(entry.id)}">${entry.code}</a></th><td>${entry.title}</td><td>${x}</td><td>${y}</td><td>${differs ? 'differs' : ''}</td></tr>`,
  );
  const count = data.filter((d) => d.differs).length;
  const title = `${isolatedPlainText(a.title)} and ${isolatedPlainText(b.title)} compared`;
  const main = html`<p>Who is accountable for each glossary entry under each profile. ${count} ${count === 1 ? 'entry differs' : 'entries differ'}.</p>
<table class="compare"><caption>Accountable party by glossary entry</caption>
<thead><tr><th scope="col">Code</th><th scope="col">Entry</th><th scope="col">${a.title}</th><th scope="col">${b.title}</th><th scope="col">Difference</th></tr></thead>
<tbody>${rows}</tbody></table>`;
  return layout(model, { title, kind: 'compare', breadcrumbs: topBreadcrumbs(model, { title: model.glossary.title, href: pagePath.glossary() }, { title }), main }).value;
}
