import { REFERENCE_KINDS, type Model } from '@opcc/core';
import { referenceLink, topBreadcrumbs } from './common.js';
import { html } from './html.js';
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
  })}`;
  return layout(model, { title: 'Reference material', kind: 'references', breadcrumbs: topBreadcrumbs(model, { title: 'Reference material' }), main }).value;
}
