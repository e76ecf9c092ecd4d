import { accountabilityRoles, glossaryChildren, indexModel, whereUsed, type GlossaryEntry, type Model, type Party, type PartyId, type Profile } from '@opcc/core';
import { isolatedPlainText } from './bidi.js';
import { topBreadcrumbs } from './common.js';
import { html, type Html } from './html.js';
import { lines } from './lines.js';
import { layout } from './layout.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';
import { codeUsedInScenarios } from './used-in-scenarios.js';

/**
 * The Police Activities Glossary as a tree. Each entry shows where it is used and who is
 * accountable under each profile, and the page links to side-by-side profile comparisons.
 */
export function glossaryPage(model: Model): string {
  const g = model.glossary;
  const pairs = profilePairs(model);
  const main = html`<p>${g.entries.length} entries${g.edition === undefined ? '' : html`, edition ${g.edition}`}.${g.illustrative ? html` <strong>This glossary is illustrative</strong>: it shows the shape of the Police Activities Glossary, not an official edition.` : ''}</p>
${profileSummaries(model)}
${model.profiles.length === 0 ? '' : html`<section class="gap-links"><h2>Gaps, overlaps and hand-offs</h2><p>Per profile: entries nobody is accountable for, entries with more than one accountable party, and the hand-offs between parties on the maps.</p><ul>${model.profiles.map((p) => html`<li><a href="${pagePath.accountability(p.id)}">${p.title}</a></li>`)}</ul></section>`}
${pairs.length === 0 ? '' : html`<section class="comparisons"><h2>Compare accountability profiles</h2><ul>${pairs.map(([a, b]) => html`<li><a href="${pagePath.compare(a.id, b.id)}">${a.title} and ${b.title}</a></li>`)}</ul></section>`}
<div class="glossary-tree">${tree(model, glossaryChildren(model))}</div>`;
  return layout(model, { title: g.title, kind: 'glossary', breadcrumbs: topBreadcrumbs(model, { title: g.title }), main }).value;
}

// The entries' headings follow the tree, h2 for the top codes down to h6, so a screen reader's list of headings is the tree too.
function tree(model: Model, entries: readonly GlossaryEntry[], depth = 0): Html {
  // No empty list under an entry without children: it is bytes, and a list of nothing to a screen reader. An item's end
  // tag is left out, as HTML allows before the next item or the end of its list: the page parses the same, a tenth smaller.
  if (entries.length === 0) return html``;
  return html`<ul>${entries.map(
    (entry) => html`<li>${entryDetails(model, entry, Math.min(6, depth + 2))}${tree(model, indexModel(model).children.get(entry.code) ?? [], depth + 1)}`,
  )}</ul>`;
}

// Nine hundred entries: an entry carries only its id (the anchor of its links), and its code and level are elements
// site.css styles in the tree (code, small) rather than classed spans.
function entryDetails(model: Model, entry: GlossaryEntry, heading: number): Html {
  const usage = whereUsed(model, entry.code);
  const parties = indexModel(model).parties;
  const name = (id: PartyId) => isolatedPlainText(parties.get(id)?.title ?? id);
  return html`<article id="${entry.id}">${lines([
  html`<h${heading}><code>${entry.code}</code> ${entry.title}${entry.level === undefined ? '' : html` <small>${entry.level}</small>`}</h${heading}>`,
  entry.description === undefined ? '' : markdown(entry.description),
  usage.steps.length === 0 ? '' : html`<p>Used in: ${usage.steps.map((u, i) => html`${i > 0 ? ', ' : ''}<a href="${pagePath.map(u.map)}#${u.step}">${indexModel(model).steps.get(u.map)?.get(u.step)?.title ?? u.step}</a>`)}</p>`,
  codeUsedInScenarios(model, entry.code),
  model.profiles.length === 0 ? '' : html`<dl class="accountability">${model.profiles.map((p) => html`<dt>${p.title}</dt><dd>${profileRoles(model, p, entry, name)}</dd>`)}</dl>`,
])}</article>`;
}

/**
 * All four roles of an entry under one profile, each marked as assigned on the entry or
 * inherited from the code above that assigns it, with the note of the entry's own assignment.
 */
function profileRoles(model: Model, profile: Profile, entry: GlossaryEntry, name: (id: PartyId) => string): Html {
  const roles = accountabilityRoles(model, profile.id, entry.code);
  const note = profile.assignments.find((a) => a.code === entry.code)?.note;
  return html`<ul>${roles.map(({ role, parties, from }) => {
    const who = parties.length === 0 ? (role === 'accountable' ? html`<em>nobody is accountable</em>` : html`nobody`) : parties.map(name).join(', ');
    const origin = from === undefined ? '' : from === entry.code ? html` <span class="meta">(assigned)</span>` : html` <span class="meta">(inherited from ${from})</span>`;
    return html`<li>${role}: ${who}${origin}</li>`;
  })}</ul>${note === undefined ? '' : html`<div class="note">${markdown(note)}</div>`}`;
}

/** Each profile with its area and description, and the parties the profiles name, so a reader knows what the roles below describe. */
function profileSummaries(model: Model): Html {
  if (model.profiles.length === 0) return html``;
  return html`<section class="profiles"><h2>Accountability profiles</h2><dl>${model.profiles.map(
    (p) => html`<dt>${p.title}${p.area === undefined ? '' : html` <span class="meta">(${p.area})</span>`}</dt><dd>${p.description === undefined ? '' : markdown(p.description)}</dd>`,
  )}</dl>
${model.parties.length === 0 ? '' : html`<h3>Parties</h3><dl class="parties">${model.parties.map(
    (party) =>
      html`<dt id="party-${party.id}">${party.title} <span class="meta">(${PARTY_TYPE_NAMES[party.type]}${party.area === undefined ? '' : html`, ${party.area}`})</span></dt><dd>${party.description === undefined ? '' : markdown(party.description)}</dd>`,
  )}</dl>`}</section>`;
}

/** What a reader calls each type of party. */
const PARTY_TYPE_NAMES: { readonly [T in Party['type']]: string } = {
  commissioner: 'Commissioner',
  'chief-constable': 'Chief Constable',
  joint: 'joint body',
  partner: 'partner',
  'collaboration-unit': 'collaboration unit',
  other: 'other',
};

/** Every pair of profiles, in id order. */
export function profilePairs(model: Model): Array<[Model['profiles'][number], Model['profiles'][number]]> {
  const profiles = model.profiles;
  return profiles.flatMap((a, i) => profiles.slice(i + 1).map((b) => [a, b] as [typeof a, typeof b]));
}
