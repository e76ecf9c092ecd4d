import { flowOrder, indexModel, parentOf, STEP_KIND_NAMES, type Model, type ProcessMap, type Step } from '@opcc/core';
import type { Drawing } from '../build/drawings.js';
import { isolatedPlainText } from './bidi.js';
import { answersList } from './decision-answers.js';
import { figure, glossaryLink, mapBreadcrumbs, outcomeLinks, referenceLinks } from './common.js';
import { lines } from './lines.js';
import { html, trusted, type Html } from './html.js';
import { layout } from './layout.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';
import { mapUsedInScenarios } from './used-in-scenarios.js';

/** A process map: the drawing, a side panel for guidance, and every step's guidance in flow order. */
export function mapPage(model: Model, map: ProcessMap, drawing: Drawing | undefined): string {
  const parent = parentOf(model, map);
  const lanes = new Map(map.lanes.map((l) => [l.id as string, l.title]));
  const main = html`${map.guidance === undefined ? '' : html`<div class="map-guidance">${markdown(map.guidance)}</div>`}
<p class="hint">Select a shape in the process map for guidance. Activities with a number map directly to the Police Activities Glossary.</p>
<div class="map-layout">
${figure(drawing, `${isolatedPlainText(map.title)}: process map`)}
<aside id="opcc-panel" class="guidance-panel" aria-label="Guidance" aria-live="polite" hidden></aside>
</div>
${lines([
  html`<nav class="map-links" aria-label="Related pages">
<ul>
${lines([
  parent === undefined ? '' : html`<li><a href="${pagePath.map(parent.id)}">Return to parent process: ${parent.title}</a></li>`,
  html`<li><a href="${pagePath.home()}">Return to ${model.valueChain?.title ?? 'the value chain'}</a></li>`,
])}
</ul>
</nav>`,
  map.references.length === 0 ? '' : html`<section class="map-references"><h2>Reference material</h2>${referenceLinks(model, map.references)}</section>`,
  map.outcomes.length === 0 ? '' : html`<section class="map-outcomes"><h2>Outcomes this process serves</h2>${outcomeLinks(model, map.outcomes)}</section>`,
  mapUsedInScenarios(model, map.id),
  html`<section class="steps" aria-labelledby="opcc-steps-heading">
<h2 id="opcc-steps-heading">Steps and guidance</h2>
${flowOrder(map).map((step) => stepSection(model, map, step, lanes))}
</section>`,
])}`;
  return layout(model, { title: map.title, kind: 'map', breadcrumbs: mapBreadcrumbs(model, map.id), main }).value;
}

function stepSection(model: Model, map: ProcessMap, step: Step, lanes: ReadonlyMap<string, string>): Html {
  const drill = step.kind === 'sub-process' ? indexModel(model).maps.get(step.map) : undefined;
  return html`<section class="step" id="${step.id}">
${lines([
  html`<h3>${step.kind === 'activity' && step.code !== undefined ? html`${glossaryLink(model, step.code, step.title)} ` : ''}${step.title}</h3>`,
  html`<p class="step-meta">${STEP_KIND_NAMES[step.kind]}${step.lane === undefined ? '' : html` · performed by ${lanes.get(step.lane) ?? step.lane}`}</p>`,
  step.guidance === undefined ? '' : trusted(markdown(step.guidance).value.trimEnd()),
  answersList(map, step),
  drill === undefined ? '' : html`<p class="drill"><a class="drill-link" href="${pagePath.map(drill.id)}">Open the sub-process: ${drill.title}</a></p>`,
  step.references.length === 0 ? '' : html`<div class="step-references"><h4>Reference material</h4>${referenceLinks(model, step.references)}</div>`,
  step.outcomes.length === 0 ? '' : html`<div class="step-outcomes"><h4>Serves</h4>${outcomeLinks(model, step.outcomes)}</div>`,
])}
</section>
`;
}
