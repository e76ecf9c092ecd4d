import type { Model } from '@opcc/core';
import { topBreadcrumbs } from './common.js';
import { html } from './html.js';
import { layout } from './layout.js';
import { assetPath } from './paths.js';

/** The search page: the client script fills in results from the index built with the site. */
export function searchPage(model: Model): string {
  const main = html`<form class="search-form" role="search" action="search.html" method="get">
<label for="opcc-search-input">Search the model</label>
<input id="opcc-search-input" name="q" type="search" autocomplete="off">
<button type="submit">Search</button>
</form>
<p id="opcc-search-status" role="status" aria-live="polite">Search titles, glossary codes, guidance, stakeholders and outcomes.</p>
<ol id="opcc-search-results" class="search-results"></ol>
<noscript><p>Search needs JavaScript. Without it, use the <a href="glossary.html">glossary</a> and the <a href="maps.html">list of process maps</a>.</p></noscript>`;
  return layout(model, { title: 'Search', kind: 'search', breadcrumbs: topBreadcrumbs(model, { title: 'Search' }), main, scripts: [assetPath.searchIndex, assetPath.searchScript] }).value;
}
