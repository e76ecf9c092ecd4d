import { indexModel, relationLabel, type Model, type RelationshipMap, type StakeholderId } from '@opcc/core';
import type { Drawing } from '../build/drawings.js';
import { isolatedPlainText } from './bidi.js';
import { figure, illustrativeNote, topBreadcrumbs } from './common.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';

/** The stakeholder register and the list of relationship maps. */
export function stakeholdersPage(model: Model): string {
  const main = html`<section><h2>Relationship maps</h2><ul>${model.relationshipMaps.map((m) => html`<li><a href="${pagePath.relationshipMap(m.id)}">${m.title}</a></li>`)}</ul></section>
<section><h2>Stakeholder register</h2>
<table class="register"><caption>${model.stakeholders.length} stakeholders</caption>
<thead><tr><th scope="col">Stakeholder</th><th scope="col">Type</th><th scope="col">Influence</th><th scope="col">Interest</th><th scope="col">About</th></tr></thead>
<tbody>${model.stakeholders.map((s) => html`<tr id="stakeholder-${s.id}"><th scope="row">${s.title}${aliases(s.aliases)}</th><td>${s.type}</td><td>${s.influence ?? ''}</td><td>${s.interest ?? ''}</td><td>${s.description === undefined ? '' : markdown(s.description)}</td></tr>`)}</tbody>
</table></section>`;
  return layout(model, { title: 'Stakeholders', kind: 'stakeholders', breadcrumbs: topBreadcrumbs(model, { title: 'Stakeholders' }), main }).value;
}

/** One relationship map: the network drawing, the power–interest grid, and the relations as a table. */
export function relationshipPage(model: Model, map: RelationshipMap, network: Drawing | undefined, grid: Drawing | undefined): string {
  const index = indexModel(model);
  const name = (id: StakeholderId) => index.findStakeholder(id)?.title ?? id;
  const fictional = model.collaborations.filter((c) => c.governance === map.id && c.illustrative === true);
  const main = html`${fictional.length === 0 ? '' : illustrativeNote('The governance of a fictional collaboration, modelled on public papers.')}
${map.description === undefined ? '' : markdown(map.description)}
${figure(network, `${isolatedPlainText(map.title)}: relationship map`)}
${returnLinks(model, map)}
<section><h2>Relations</h2>
<table class="relations"><caption>Who relates to whom</caption>
<thead><tr><th scope="col">From</th><th scope="col">Relation</th><th scope="col">To</th><th scope="col">Note</th></tr></thead>
<tbody>${map.relations.map((r) => html`<tr><td><a href="${pagePath.stakeholders()}#stakeholder-${r.from}">${name(r.from)}</a></td><td>${relationLabel(model, r)}</td><td><a href="${pagePath.stakeholders()}#stakeholder-${r.to}">${name(r.to)}</a></td><td>${r.note === undefined ? '' : markdown(r.note)}</td></tr>`)}</tbody>
</table></section>
<section><h2>Power and interest</h2>${figure(grid, `${isolatedPlainText(map.title)}: stakeholders by influence and interest`, 'grid-figure')}</section>`;
  return layout(model, {
    title: map.title,
    kind: 'relationship-map',
    breadcrumbs: topBreadcrumbs(model, { title: 'Stakeholders', href: pagePath.stakeholders() }, { title: map.title }),
    main,
  }).value;
}

function aliases(names: readonly string[] | undefined): Html {
  return names === undefined || names.length === 0 ? html`` : html` <span class="aliases">(${names.join(', ')})</span>`;
}

/**
 * "Return to" links, as every page of the 2012 model has: the value chain, the stakeholder
 * register, and every process map and collaboration that points at this relationship map.
 */
function returnLinks(model: Model, map: RelationshipMap): Html {
  const referring = new Set(model.references.filter((r) => r.relationshipMap === map.id).map((r) => r.id as string));
  const maps = model.maps.filter((m) => [...m.references, ...m.steps.flatMap((s) => s.references)].some((id) => referring.has(id)));
  const collaborations = model.collaborations.filter((c) => c.governance === map.id);
  return html`<nav class="map-links" aria-label="Related pages"><ul>
${maps.map((m) => html`<li><a href="${pagePath.map(m.id)}">Return to ${m.title}</a></li>`)}
${collaborations.map((c) => html`<li><a href="${pagePath.collaboration(c.id)}">Return to ${c.title}</a></li>`)}
<li><a href="${pagePath.stakeholders()}">Return to the stakeholder register</a></li>
<li><a href="${pagePath.home()}">Return to ${model.valueChain?.title ?? 'the value chain'}</a></li>
</ul></nav>`;
}
