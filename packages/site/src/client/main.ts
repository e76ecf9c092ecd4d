// The site's one script, loaded as a classic script (browsers refuse module scripts from file://).
import { initMapPage } from './map-page.js';
import { initSearchPage } from './search.js';
import { initValueChain } from './value-chain.js';
import { initZoom } from './zoom.js';

function start(): void {
  const page = document.body.dataset['page'];
  initZoom(document);
  if (page === 'map') initMapPage(document);
  if (page === 'search') initSearchPage(document);
  if (page === 'value-chain') initValueChain(document);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
