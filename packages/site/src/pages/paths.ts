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
  /** One profile's gaps, overlaps and hand-offs between parties. */
  accountability: (profile: string) => `accountability-${profile}.html`,
  stakeholders: () => 'stakeholders.html',
  relationshipMap: (id: string) => `relationships-${id}.html`,
  outcomes: () => 'outcomes.html',
  outcomeFramework: (id: string) => `outcomes-${id}.html`,
  collaborations: () => 'collaborations.html',
  collaboration: (id: string) => `collaboration-${id}.html`,
  references: () => 'references.html',
  reference: (id: string) => `references.html#ref-${id}`,
  search: () => 'search.html',
  scenarios: () => 'scenarios.html',
  /** The participants' briefing: no facilitator material at all. */
  scenario: (id: string) => `scenario-${id}.html`,
  scenarioRun: (id: string) => `scenario-${id}-run.html`,
  scenarioRunModule: (id: string, moduleId: string) => `scenario-${id}-run.html#module-${moduleId}`,
  scenarioFacilitator: (id: string) => `scenario-${id}-facilitator.html`,
  scenarioHandout: (id: string) => `scenario-${id}-handout.html`,
  scenarioGuide: (id: string) => `scenario-${id}-guide.html`,
  scenarioCards: (id: string) => `scenario-${id}-cards.html`,
  options: () => 'options.html',
  option: (id: string) => `option-${id}.html`,
} as const;

/** Files every page uses. */
export const assetPath = {
  css: 'assets/site.css',
  script: 'assets/opcc.js',
  searchScript: 'assets/search.js',
  searchIndex: 'assets/search-index.js',
} as const;
