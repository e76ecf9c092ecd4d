// The script of every page, loaded as a classic script (browsers refuse module scripts from
// file://). Search has its own script, so that only the search page carries the search engine.
import { copyIntoSlots } from './focus-marking.js';
import { prepareFocusPrinting } from './focus-print.js';
import { initMapPage } from './map-page.js';
import { preparePrinting } from './print-pages.js';
import { initScenarioFacilitator } from './scenario-facilitator.js';
import { initScenarioRun } from './scenario-run.js';
import { initScrollBoxes } from './scroll-boxes.js';
import { initValueChain } from './value-chain.js';
import { initZoom } from './zoom.js';

function start(): void {
  const page = document.body.dataset['page'];
  // Before the maps are sized and made ready to print: each module of a printed pack gets a copy of its map.
  if (page === 'scenario-handout' || page === 'scenario-guide') copyIntoSlots(document);
  preparePrinting(document);
  initZoom(document);
  initScrollBoxes(document);
  if (page === 'map') initMapPage(document);
  if (page === 'value-chain') initValueChain(document);
  // After initZoom, which sizes each map while every module is still shown.
  if (page === 'scenario-run' || page === 'scenario-facilitator') initScenarioRun(document);
  if (page === 'scenario-facilitator') initScenarioFacilitator(document);
  if (page === 'scenario-handout' || page === 'scenario-guide') prepareFocusPrinting(document);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
