import { BUILT_IN_RELATION_KINDS, REFERENCE_KINDS, type Model } from '@opcc/core';
import { referenceLink, topBreadcrumbs } from './common.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';

const KIND_TITLES: Record<(typeof REFERENCE_KINDS)[number], string> = {
  template: 'Templates',
  example: 'Examples',
  'data-source': 'Data sources',
  guidance: 'Guidance',
  legislation: 'Legislation',
  'relationship-map': 'Example relationship maps',
};

/** The reference-material library, by kind, each item with where it is used. */
export function referencesPage(model: Model): string {
  const usedBy = new Map<string, Array<{ href: string; title: string }>>();
  const use = (ref: string, href: string, title: string) => usedBy.set(ref, [...(usedBy.get(ref) ?? []), { href, title }]);
  for (const map of model.maps) {
    for (const ref of map.references) use(ref, pagePath.map(map.id), map.title);
    for (const step of map.steps) for (const ref of step.references) use(ref, `${pagePath.map(map.id)}#${step.id}`, step.title);
  }
  const main = html`${REFERENCE_KINDS.map((kind) => {
    const refs = model.references.filter((r) => r.kind === kind);
    if (refs.length === 0) return '';
    return html`<section><h2>${KIND_TITLES[kind]}</h2><ul class="reference-list">${refs.map(
      (r) => html`<li id="ref-${r.id}">${referenceLink(r)}${r.description === undefined ? '' : markdown(r.description)}${r.note === undefined ? '' : html`<p class="note">${r.note}</p>`}${(usedBy.get(r.id) ?? []).length === 0 ? '' : html`<p class="meta">Used in: ${(usedBy.get(r.id) ?? []).map((u, i) => html`${i > 0 ? ', ' : ''}<a href="${u.href}">${u.title}</a>`)}</p>`}</li>`,
    )}</ul></section>`;
  })}
${relationKindsSection(model)}`;
  return layout(model, { title: 'Reference material', kind: 'references', breadcrumbs: topBreadcrumbs(model, { title: 'Reference material' }), main }).value;
}

/**
 * How each kind of relationship on the relationship maps reads, both ways for the built-in kinds,
 * with the model's own kinds and what they mean: the key to reading the maps' arrows.
 */
function relationKindsSection(model: Model): Html {
  const used = new Set<string>(model.relationshipMaps.flatMap((m) => m.relations.map((r) => r.kind)));
  const builtIn = BUILT_IN_RELATION_KINDS.filter((k) => used.has(k.id));
  if (builtIn.length === 0 && model.relationKinds.length === 0) return html``;
  return html`<section id="relation-kinds"><h2>How relationships read</h2>
<table class="relation-kinds"><thead><tr><th scope="col">Kind</th><th scope="col">From … to</th><th scope="col">To … from</th><th scope="col">Meaning</th></tr></thead><tbody>
${builtIn.map((k) => html`<tr><th scope="row">${k.id}</th><td>${k.title}</td><td>${k.reverse}</td><td></td></tr>`)}
${model.relationKinds.map((k) => html`<tr id="kind-${k.id}"><th scope="row">${k.id}</th><td>${k.title}</td><td></td><td>${k.description === undefined ? '' : markdown(k.description)}</td></tr>`)}
</tbody></table></section>`;
}
