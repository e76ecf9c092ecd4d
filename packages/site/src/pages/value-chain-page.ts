import { SEGMENT_GROUP_NAMES, SEGMENT_GROUPS, type Model, type Segment } from '@opcc/core';
import type { Drawing } from '../build/drawings.js';
import { isolatedPlainText } from './bidi.js';
import { figure, referenceLinks } from './common.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';

/** The home page: the value chain drawn, then every segment with its map and framework alignment. */
export function valueChainPage(model: Model, drawing: Drawing | undefined): string {
  const vc = model.valueChain;
  const main =
    vc === undefined
      ? html`<p>This model has no value chain. Start from the <a href="${pagePath.maps()}">process maps</a>.</p>`
      : html`${vc.description === undefined ? '' : markdown(vc.description)}
${figure(drawing, `${isolatedPlainText(vc.title)}: select a segment to open its process map`, 'value-chain-figure')}
${SEGMENT_GROUPS.filter((group) => vc[group].length > 0).map(
  (group) => html`<section class="segments"><h2>${SEGMENT_GROUP_NAMES[group].title}</h2><ul>${vc[group].map((s) => segmentItem(model, s))}</ul></section>`,
)}`;
  return layout(model, { title: vc?.title ?? model.title, kind: 'value-chain', breadcrumbs: [], main }).value;
}

function segmentItem(model: Model, segment: Segment): Html {
  return html`<li id="about-${segment.id}" class="segment">
<h3>${segment.map === undefined ? segment.title : html`<a href="${pagePath.map(segment.map)}">${segment.title}</a>`}</h3>
${segment.description === undefined ? '' : markdown(segment.description)}
${segment.alignment === undefined ? '' : html`<div class="alignment"><p><strong>${segment.alignment.area}</strong></p>${markdown(segment.alignment.note)}${segment.alignment.reference === undefined ? '' : referenceLinks(model, [segment.alignment.reference])}</div>`}
</li>`;
}
