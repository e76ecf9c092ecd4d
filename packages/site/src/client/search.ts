import MiniSearch from 'minisearch';
import { balanceBidi } from '../pages/bidi.js';
import { SEARCH_GLOBAL, SEARCH_OPTIONS, unpackSearchDocuments, type PackedSearchDocuments, type SearchDocument } from '../search/search-options.js';

/** Runs the search page: reads ?q=, searches the index the page loaded, lists results as links. */
export function initSearchPage(doc: Document): void {
  const input = doc.getElementById('opcc-search-input') as HTMLInputElement | null;
  const results = doc.getElementById('opcc-search-results');
  const status = doc.getElementById('opcc-search-status');
  const data = (window as unknown as Record<string, PackedSearchDocuments | undefined>)[SEARCH_GLOBAL];
  if (input === null || results === null || status === null || data === undefined) return;
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(unpackSearchDocuments(data));
  const run = (query: string) => {
    const found = query.trim() === '' ? [] : index.search(query).slice(0, 50);
    results.replaceChildren(
      ...found.map((hit) => {
        const item = doc.createElement('li');
        const link = doc.createElement('a');
        link.href = String(hit['url']);
        // Model text in a <bdi>, so that a right-to-left override in a title cannot turn the rest around.
        link.append(hit['code'] ? `${String(hit['code'])} ` : '', isolated(doc, String(hit['title'])));
        const kind = doc.createElement('span');
        kind.className = 'meta';
        kind.textContent = ` ${String(hit['kind'])}`;
        item.append(link, kind);
        return item;
      }),
    );
    if (query.trim() === '') status.textContent = 'Type to search.';
    else status.replaceChildren('“', isolated(doc, query), `”: ${found.length} ${found.length === 1 ? 'result' : 'results'}.`);
  };
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  run(query);
  input.addEventListener('input', () => run(input.value));
}

// A <bdi> alone is not enough: a stray pop of an isolate in the text would close it.
function isolated(doc: Document, text: string): HTMLElement {
  const bdi = doc.createElement('bdi');
  bdi.textContent = balanceBidi(text);
  return bdi;
}
