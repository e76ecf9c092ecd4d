import { accountableFor, glossaryChildren, indexModel, whereUsed, type GlossaryEntry, type Model, type PartyId } from '@opcc/core';
import { isolatedPlainText } from './bidi.js';
import { topBreadcrumbs } from './common.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';

/**
 * The Police Activities Glossary as a tree. Each entry shows where it is used and who is
 * accountable under each profile, and the page links to side-by-side profile comparisons.
 */
export function glossaryPage(model: Model): string {
  const g = model.glossary;
  const pairs = profilePairs(model);
  const main = html`<p>${g.entries.length} entries${g.edition === undefined ? '' : html`, edition ${g.edition}`}.${g.illustrative ? html` <strong>This glossary is illustrative</strong>: it shows the shape of the Police Activities Glossary, not an official edition.` : ''}</p>
${pairs.length === 0 ? '' : html`<section class="comparisons"><h2>Compare accountability profiles</h2><ul>${pairs.map(([a, b]) => html`<li><a href="${pagePath.compare(a.id, b.id)}">${a.title} and ${b.title}</a></li>`)}</ul></section>`}
<div class="glossary-tree">${tree(model, glossaryChildren(model))}</div>`;
  return layout(model, { title: g.title, kind: 'glossary', breadcrumbs: topBreadcrumbs(model, { title: g.title }), main }).value;
}

function tree(model: Model, entries: readonly GlossaryEntry[]): Html {
  return html`<ul>${entries.map((entry) => html`<li>${entryDetails(model, entry)}${tree(model, indexModel(model).children.get(entry.code) ?? [])}</li>`)}</ul>`;
}

function entryDetails(model: Model, entry: GlossaryEntry): Html {
  const usage = whereUsed(model, entry.code);
  const parties = indexModel(model).parties;
  const name = (id: PartyId) => isolatedPlainText(parties.get(id)?.title ?? id);
  return html`<article class="glossary-entry" id="${entry.id}" data-code="${entry.code}">
<h2 class="entry-title"><span class="code">${entry.code}</span> ${entry.title}${entry.level === undefined ? '' : html` <span class="level">${entry.level}</span>`}</h2>
${entry.description === undefined ? '' : markdown(entry.description)}
${usage.steps.length === 0 ? '' : html`<p class="used-in">Used in: ${usage.steps.map((u, i) => html`${i > 0 ? ', ' : ''}<a href="${pagePath.map(u.map)}#${u.step}">${indexModel(model).steps.get(u.map)?.get(u.step)?.title ?? u.step}</a>`)}</p>`}
${model.profiles.length === 0 ? '' : html`<dl class="accountability">${model.profiles.map((p) => {
  const a = accountableFor(model, p.id, entry.code);
  return html`<dt>${p.title}</dt><dd>${a.accountable.length === 0 ? html`<em>nobody is accountable</em>` : a.accountable.map(name).join(', ')}${a.inheritedFrom !== undefined && a.inheritedFrom !== entry.code ? html` <span class="meta">(from ${a.inheritedFrom})</span>` : ''}${a.responsible.length === 0 ? '' : html`; responsible: ${a.responsible.map(name).join(', ')}`}</dd>`;
})}</dl>`}
</article>`;
}

/** Every pair of profiles, in id order. */
export function profilePairs(model: Model): Array<[Model['profiles'][number], Model['profiles'][number]]> {
  const profiles = model.profiles;
  return profiles.flatMap((a, i) => profiles.slice(i + 1).map((b) => [a, b] as [typeof a, typeof b]));
}
