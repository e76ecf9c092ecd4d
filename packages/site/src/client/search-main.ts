// The search page's script: the search engine and the page's behaviour.
import { initSearchPage } from './search.js';

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => initSearchPage(document));
else initSearchPage(document);
