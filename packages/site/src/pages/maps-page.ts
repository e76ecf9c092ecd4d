import { compareText, flowOrder, indexModel, parentOf, SEGMENT_GROUPS, type Model, type ProcessMap } from '@opcc/core';
import { topBreadcrumbs } from './common.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { pagePath } from './paths.js';

/**
 * Every process map, in the order staff meet them: stage by stage along the value chain, each
 * map's sub-processes beneath it in the order its flow reaches them; then the same maps A to Z.
 */
export function mapsPage(model: Model): string {
  const index = indexModel(model);
  const seen = new Set<string>();
  const tree = (maps: readonly ProcessMap[]): Html => {
    // A map the value chain names twice (a stage, and again in the chain) is listed the first time.
    const fresh = maps.filter((m) => !seen.has(m.id) && seen.add(m.id) !== undefined);
    if (fresh.length === 0) return html``;
    return html`<ul>${fresh.map((m) => html`<li>${mapItem(model, m)}${tree(childrenOf(model, m))}</li>`)}</ul>`;
  };
  const chain = model.valueChain;
  const stages = (chain === undefined ? [] : SEGMENT_GROUPS.flatMap((group) => chain[group]))
    .map((segment) => (segment.map === undefined ? undefined : index.findMap(segment.map)))
    .filter((m) => m !== undefined);
  const inChain = tree(stages);
  // Maps the value chain does not reach (a parentless map, or one only another loose map opens).
  const rest = tree(model.maps.filter((m) => parentOf(model, m) === undefined || parentOf(model, m)?.id === m.id));
  const loose = tree(model.maps);
  const alphabetical = [...model.maps].sort((a, b) => compareText(a.title, b.title));
  const main = html`<p>${model.maps.length} process maps. <a href="#maps-a-to-z">All maps A to Z</a></p>
<section class="maps-by-chain" aria-labelledby="maps-by-chain"><h2 id="maps-by-chain">In value-chain order</h2>
<p class="meta">Stage by stage, as the value chain runs; sub-processes beneath the process that opens them.</p>
<div class="map-tree">${inChain}${rest}${loose}</div></section>
<section class="maps-a-to-z" aria-labelledby="maps-a-to-z"><h2 id="maps-a-to-z">A to Z</h2>
<ul class="map-list">${alphabetical.map((m) => html`<li>${mapItem(model, m)}</li>`)}</ul></section>`;
  return layout(model, { title: 'Process maps', kind: 'maps', breadcrumbs: topBreadcrumbs(model, { title: 'Process maps' }), main }).value;
}

function mapItem(model: Model, map: ProcessMap): Html {
  const segment = indexModel(model).segmentsByMap.get(map.id)?.[0];
  // The segment and the count in one muted span: the same words, said once per map rather than in two spans. A stage
  // named as its map is (Monitor opens Monitor) is not named again beside the map's link, as in the breadcrumbs.
  const inSegment = segment === undefined || segment.segment.title === map.title ? '' : html`(${segment.segment.title}) `;
  return html`<a href="${pagePath.map(map.id)}">${map.title}</a> <span class="meta">${inSegment}${map.steps.length} steps</span>`;
}

/** The maps a map opens as sub-processes, in the order its flow reaches them, that count it as their parent. */
function childrenOf(model: Model, map: ProcessMap): ProcessMap[] {
  const index = indexModel(model);
  return flowOrder(map)
    .flatMap((step) => (step.kind === 'sub-process' ? [index.findMap(step.map)] : []))
    .filter((m): m is ProcessMap => m !== undefined && m.id !== map.id && parentOf(model, m)?.id === map.id);
}
