import { breadcrumbs as trail, indexModel, type GlossaryCode, type MapId, type Model, type OutcomeId, type ReferenceId } from '@opcc/core';
import type { Drawing } from '../build/drawings.js';
import { html, trusted, type Html } from './html.js';
import type { Breadcrumb } from './layout.js';
import { pagePath } from './paths.js';
import { isExternalLink, isSafeLink } from './safe-link.js';

/**
 * The breadcrumbs of a map or step page, from the value chain down. A stage whose map carries
 * its own name (Monitor opens the map Monitor) is left out: "Monitor › Monitor" reads as a
 * mistake, and the map's crumb leads to the same place.
 */
export function mapBreadcrumbs(model: Model, mapId: MapId): Breadcrumb[] {
  const crumbs = trail(model, { map: mapId });
  const shown = crumbs.filter((crumb, i) => !(crumb.kind === 'segment' && crumbs[i + 1]?.kind === 'map' && crumbs[i + 1]?.title === crumb.title));
  return shown.map((crumb) => {
    switch (crumb.kind) {
      case 'value-chain':
        return { title: crumb.title, href: pagePath.home() };
      case 'segment':
        return { title: crumb.title, href: `${pagePath.home()}#segment-${crumb.id}` };
      case 'map':
        return { title: crumb.title, href: pagePath.map(crumb.id) };
      case 'step':
        return { title: crumb.title, href: `${pagePath.map(crumb.map)}#${crumb.id}` };
    }
  });
}

/** Breadcrumbs for a page that hangs directly off the value chain. */
export function topBreadcrumbs(model: Model, ...rest: Breadcrumb[]): Breadcrumb[] {
  return [{ title: model.valueChain?.title ?? 'Home', href: pagePath.home() }, ...rest];
}

/** A drawing in a figure, with its caption; the SVG is our own escaped output. A map figure gets its zoom controls from the page's script. */
export function figure(drawing: Drawing | undefined, caption: string, className = 'map-figure'): Html {
  if (drawing === undefined) return html``;
  return html`<figure class="${className}">
<div class="map-viewport">${trusted(drawing.svg)}</div>
<figcaption>${caption}</figcaption>
</figure>`;
}

/** The class of a glossary code, linked or bare; a page that shows one from an illustrative glossary says once, at its top, that the codes are illustrative. */
export const GLOSSARY_CODE_CLASS = 'code';

/**
 * A link to a glossary entry by code, or the bare code when the glossary lacks it. The link's title (a tooltip) is the
 * entry's title, left out when it says no more than `shownTitle`, the title already beside the code. A code of an
 * illustrative glossary carries no mark of its own: the page says so once (see {@link GLOSSARY_CODE_CLASS}).
 */
export function glossaryLink(model: Model, code: GlossaryCode, shownTitle?: string): Html {
  const entry = indexModel(model).findEntry(code);
  if (entry === undefined) return html`<span class="${GLOSSARY_CODE_CLASS}">${code}</span>`;
  const title = entry.title === shownTitle ? undefined : entry.title;
  return html`<a class="${GLOSSARY_CODE_CLASS}" href="${pagePath.glossaryEntry(entry.id)}"${title === undefined ? '' : html` title="${title}"`}>${code}</a>`;
}

/** The compact marker of content that is made up to show how the model works, in words, not colour alone. */
export function illustrativeMarker(): Html {
  return html`<strong class="illustrative-marker">Illustrative</strong>`;
}

/** The class of a page's note of what on it is illustrative. */
export const ILLUSTRATIVE_NOTE_CLASS = 'illustrative-note';

/** A short note, led by the marker, that what follows is illustrative and why. */
export function illustrativeNote(text: string): Html {
  return html`<p class="${ILLUSTRATIVE_NOTE_CLASS}">${illustrativeMarker()} ${text}</p>`;
}

/** Links to items of reference material; external ones open in a new tab. */
export function referenceLinks(model: Model, ids: readonly ReferenceId[]): Html {
  const refs = ids.map((id) => indexModel(model).findReference(id)).filter((r) => r !== undefined);
  if (refs.length === 0) return html``;
  return html`<ul class="references">${refs.map((r) => html`<li>${referenceLink(r)}${r.note === undefined ? '' : html` <span class="note">${r.note}</span>`}</li>`)}</ul>`;
}

/**
 * One reference: an external link in a new tab, a local file, a relationship map of the site, or
 * a title with no link. An address that is not safe to follow (see {@link isSafeLink}) is not
 * linked: the model check reports it, and a model that skipped the check still gets no such link.
 */
export function referenceLink(r: { title: string; href?: string | undefined; relationshipMap?: string | undefined }): Html {
  if (r.href === undefined && r.relationshipMap !== undefined) return html`<a href="${pagePath.relationshipMap(r.relationshipMap)}">${r.title}</a>`;
  if (r.href === undefined || !isSafeLink(r.href)) return html`<span class="reference-title">${r.title}</span>`;
  const rel = isExternalLink(r.href) ? 'noopener noreferrer' : 'noopener';
  return html`<a href="${r.href}" target="_blank" rel="${rel}">${r.title}<span class="visually-hidden"> (opens in a new tab)</span></a>`;
}

/** Links to outcome-framework elements by id. */
export function outcomeLinks(model: Model, ids: readonly OutcomeId[]): Html {
  const index = indexModel(model);
  const found = ids.map((id) => index.findOutcome(id)).filter((o) => o !== undefined);
  if (found.length === 0) return html``;
  return html`<ul class="outcomes">${found.map((o) => html`<li><a href="${pagePath.outcomeFramework(o.framework.id)}#${o.id}">${o.title}</a></li>`)}</ul>`;
}

