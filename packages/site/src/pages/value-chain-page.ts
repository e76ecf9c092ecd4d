import { SEGMENT_GROUP_NAMES, SEGMENT_GROUPS, type Model, type Segment, type SegmentGroup, type ValueChain } from '@opcc/core';
import type { Drawing } from '../build/drawings.js';
import { isolatedPlainText } from './bidi.js';
import { figure, illustrativeMarker, referenceLinks } from './common.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { lines } from './lines.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';

/**
 * The home page: what the model is (said once, with its statement of what is illustrative), the
 * value chain drawn, its overlay, then every segment with its map and framework alignment.
 */
export function valueChainPage(model: Model, drawing: Drawing | undefined): string {
  const vc = model.valueChain;
  const main =
    vc === undefined
      ? html`${aboutModel(model)}<p>This model has no value chain. Start from the <a href="${pagePath.maps()}">process maps</a>.</p>`
      : html`${vc.description === undefined ? '' : markdown(vc.description)}
${figure(drawing, `${isolatedPlainText(vc.title)}: select a segment to open its process map`, 'value-chain-figure')}
${aboutModel(model)}
${overlaySection(model, vc)}
${alignmentSources(model, vc)}
${SEGMENT_GROUPS.filter((group) => vc[group].length > 0).map(
  (group) => html`<section class="segments"><h2>${groupTitle(vc, group)}</h2><ul>${vc[group].map((s) => segmentItem(s))}</ul></section>`,
)}`;
  return layout(model, { title: vc?.title ?? model.title, kind: 'value-chain', breadcrumbs: [], main }).value;
}

// The model's own description, which says what in it is illustrative: shown once, here, and nowhere else.
function aboutModel(model: Model): Html {
  if (model.description === undefined) return html``;
  return html`<section class="about-model" aria-labelledby="opcc-about-heading"><h2 id="opcc-about-heading">About this model</h2>${markdown(model.description)}</section>`;
}

function groupTitle(vc: ValueChain, group: SegmentGroup): string {
  return group === 'areas' ? (vc.areasTitle ?? SEGMENT_GROUP_NAMES.areas.title) : SEGMENT_GROUP_NAMES[group].title;
}

function overlaySection(model: Model, vc: ValueChain): Html {
  const overlay = vc.overlay;
  if (overlay === undefined) return html``;
  return html`<section class="value-chain-overlay" id="overlay"><h2>${overlay.title} <span class="meta">(overlay)</span></h2>
${overlay.description === undefined ? '' : markdown(overlay.description)}
<p><a href="${pagePath.glossary()}">Open the glossary</a>${model.glossary.illustrative ? html` ${illustrativeMarker()}` : ''}</p>
${overlay.reference === undefined ? '' : referenceLinks(model, [overlay.reference])}
</section>`;
}

// The framework the alignments refer to is named once, above the segments, rather than under every one of them.
function alignmentSources(model: Model, vc: ValueChain): Html {
  const ids = [...new Set(SEGMENT_GROUPS.flatMap((group) => vc[group].flatMap((s) => (s.alignment?.reference === undefined ? [] : [s.alignment.reference]))))];
  if (ids.length === 0) return html``;
  return html`<section class="alignment-sources"><h2>Framework alignments</h2><p>Each segment says which area of this framework its standards align with:</p>${referenceLinks(model, ids)}</section>`;
}

function segmentItem(segment: Segment): Html {
  return html`<li id="about-${segment.id}" class="segment">${lines([
    html`<h3>${segment.map === undefined ? segment.title : html`<a href="${pagePath.map(segment.map)}">${segment.title}</a>`}</h3>`,
    segment.description === undefined ? '' : markdown(segment.description),
    segment.alignment === undefined ? '' : alignmentNote(segment.alignment),
  ])}</li>`;
}

function alignmentNote(alignment: NonNullable<Segment['alignment']>): Html {
  return html`<div class="alignment${alignment.inferred === true ? ' alignment-inferred' : ''}"><p><strong>${alignment.area}</strong>${
    alignment.inferred === true ? html` <span class="inferred-marker">Inferred — not in the source</span>` : ''
  }</p>${markdown(alignment.note)}</div>`;
}
