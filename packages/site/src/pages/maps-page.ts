import { indexModel, parentOf, type Model, type ProcessMap } from '@opcc/core';
import { topBreadcrumbs } from './common.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { pagePath } from './paths.js';

/** Every process map as a tree: top maps, then the sub-processes beneath each. */
export function mapsPage(model: Model): string {
  const children = new Map<string, ProcessMap[]>();
  const roots: ProcessMap[] = [];
  for (const map of model.maps) {
    const parent = parentOf(model, map);
    if (parent === undefined || parent.id === map.id) roots.push(map);
    else children.set(parent.id, [...(children.get(parent.id) ?? []), map]);
  }
  const seen = new Set<string>();
  const tree = (maps: readonly ProcessMap[]): Html =>
    html`<ul>${maps.map((m) => {
      if (seen.has(m.id)) return '';
      seen.add(m.id);
      const segment = indexModel(model).segmentsByMap.get(m.id)?.[0];
      return html`<li><a href="${pagePath.map(m.id)}">${m.title}</a>${segment === undefined ? '' : html` <span class="meta">(${segment.segment.title})</span>`} <span class="meta">${m.steps.length} steps</span>${children.has(m.id) ? tree(children.get(m.id) ?? []) : ''}</li>`;
    })}</ul>`;
  const main = html`<p>${model.maps.length} process maps. Sub-processes are listed beneath the process they belong to.</p>${tree(roots)}`;
  return layout(model, { title: 'Process maps', kind: 'maps', breadcrumbs: topBreadcrumbs(model, { title: 'Process maps' }), main }).value;
}
