import { indexModel, mapsServingOutcome, type Model, type OutcomeFramework, type OutcomeId, type ReferenceId } from '@opcc/core';
import type { Drawing } from '../build/drawings.js';
import { isolatedPlainText } from './bidi.js';
import { figure, referenceLinks, topBreadcrumbs } from './common.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';

/** The list of outcome frameworks. */
export function outcomesPage(model: Model): string {
  const main = html`<ul>${model.outcomeFrameworks.map((f) => html`<li><a href="${pagePath.outcomeFramework(f.id)}">${f.title}</a>: ${f.vision.title}</li>`)}</ul>`;
  return layout(model, { title: 'Outcomes', kind: 'outcomes', breadcrumbs: topBreadcrumbs(model, { title: 'Outcomes' }), main }).value;
}

/** An outcome framework: the tree drawn, then every element with its measures and the maps that serve it. */
export function outcomeFrameworkPage(model: Model, framework: OutcomeFramework, drawing: Drawing | undefined): string {
  const element = (
    e: {
      id: OutcomeId;
      title: string;
      description?: string | undefined;
      measures: ReadonlyArray<{ id: OutcomeId; title: string; unit?: string | undefined; source?: string | undefined; reference?: ReferenceId | undefined }>;
    }, extra: Html = html``) => {
    const maps = mapsServingOutcome(model, e.id);
    return html`<li id="${e.id}" class="outcome"><h3>${e.title}</h3>${extra}${e.description === undefined ? '' : markdown(e.description)}
${e.measures.length === 0 ? '' : html`<h4>Measures</h4><ul>${e.measures.map((m) => html`<li id="${m.id}">${m.title}${m.unit === undefined ? '' : html` <span class="unit">(in ${m.unit})</span>`}${m.source === undefined ? '' : html` <span class="meta">(source: ${m.source})</span>`}${m.reference === undefined ? '' : referenceLinks(model, [m.reference])}</li>`)}</ul>`}
${maps.length === 0 ? '' : html`<h4>Served by</h4><ul>${maps.map((id) => html`<li><a href="${pagePath.map(id)}">${indexModel(model).findMap(id)?.title ?? id}</a></li>`)}</ul>`}
</li>`;
  };
  const title = (id: OutcomeId) => isolatedPlainText(indexModel(model).findOutcome(id)?.title ?? id);
  const main = html`${figure(drawing, `${isolatedPlainText(framework.title)}: from the vision to area priorities`)}
<section><h2>Vision</h2><ul>${element(framework.vision)}</ul></section>
<section><h2>Outcomes</h2><ul>${framework.outcomes.map((o) => element(o))}</ul></section>
${framework.objectives.length === 0 ? '' : html`<section><h2>Objectives and priorities</h2><ul>${framework.objectives.map((o) => element(o, html`<p class="meta">Contributes to: ${o.outcomes.map(title).join('; ')}</p>`))}</ul></section>`}
${framework.areaPriorities.length === 0 ? '' : html`<section><h2>Area priorities</h2><ul>${framework.areaPriorities.map((p) => element(p, html`<p class="meta">${p.area} · contributes to: ${p.objectives.map(title).join('; ')}</p>`))}</ul></section>`}`;
  return layout(model, {
    title: framework.title,
    kind: 'outcome-framework',
    breadcrumbs: topBreadcrumbs(model, { title: 'Outcomes', href: pagePath.outcomes() }, { title: framework.title }),
    main,
  }).value;
}
