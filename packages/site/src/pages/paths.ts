/**
 * Where each page lives. All pages sit in one folder, so every link between pages is a plain
 * file name that works from a shared drive, a zip file or a web server alike.
 */
export const pagePath = {
  home: () => 'index.html',
  maps: () => 'maps.html',
  map: (id: string) => `map-${id}.html`,
  glossary: () => 'glossary.html',
  glossaryEntry: (entryId: string) => `glossary.html#${entryId}`,
  compare: (a: string, b: string) => `compare-${a}-${b}.html`,
  stakeholders: () => 'stakeholders.html',
  relationshipMap: (id: string) => `relationships-${id}.html`,
  outcomes: () => 'outcomes.html',
  outcomeFramework: (id: string) => `outcomes-${id}.html`,
  collaborations: () => 'collaborations.html',
  collaboration: (id: string) => `collaboration-${id}.html`,
  references: () => 'references.html',
  reference: (id: string) => `references.html#ref-${id}`,
  search: () => 'search.html',
} as const;

/** Files every page uses. */
export const assetPath = {
  css: 'assets/site.css',
  script: 'assets/opcc.js',
  searchScript: 'assets/search.js',
  searchIndex: 'assets/search-index.js',
} as const;
