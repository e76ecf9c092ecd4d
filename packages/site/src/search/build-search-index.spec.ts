import { guide } from '@opcc/guide';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { searchDocuments, searchIndexScript } from './build-search-index.js';
import { SEARCH_GLOBAL, SEARCH_OPTIONS, unpackSearchDocuments, type PackedSearchDocuments, type SearchDocument } from './search-options.js';

const search = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
search.addAll(searchDocuments(guide));

describe('search finds a stakeholder by its common acronym', () => {
  it.each([
    ['IOPC', 'iopc'],
    ['HMICFRS', 'hmicfrs'],
    ['CPS', 'crown-prosecution-service'],
    ['LCJB', 'local-criminal-justice-board'],
  ])('%s finds %s first among stakeholders, within the first five results, with the acronym in its title', (query, id) => {
    const results = search.search(query);
    const stakeholders = results.filter((r) => r['kind'] === 'Stakeholder');
    expect(stakeholders[0]?.id).toBe(`stakeholder:${id}`);
    expect(String(stakeholders[0]?.['title'])).toContain(query);
    // Steps about the IOPC rank with it: the stakeholder need only be on the first screen of results.
    expect(
      results.slice(0, 5).map((r) => r.id),
      query,
    ).toContain(`stakeholder:${id}`);
  });

  it.each([
    ['IOPC', 'iopc'],
    ['IPCC', 'iopc'],
    ['HMICFRS', 'hmicfrs'],
  ])('%s, typed alone, ranks the organisation it names first, above the steps and entries that mention it', (query, id) => {
    const results = search.search(query);
    expect(results.length).toBeGreaterThan(1);
    expect(results[0]?.id).toBe(`stakeholder:${id}`);
  });

  it('shows the acronym in the result title', () => {
    expect(search.search('LCJB')[0]?.['title']).toBe('Local Criminal Justice Board (LCJB)');
  });
});

describe('the search index script', () => {
  it('sets the documents as an object the search page indexes with the same options to the same results, and escapes what could end a script', () => {
    const script = searchIndexScript(guide);
    expect(script.startsWith(`window.${SEARCH_GLOBAL}={`)).toBe(true);
    expect(script).not.toMatch(/[<\u2028\u2029]/);
    const window: Record<string, unknown> = {};
    new Function('window', script)(window);
    const loaded = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
    loaded.addAll(unpackSearchDocuments(window[SEARCH_GLOBAL] as PackedSearchDocuments));
    const shown = (results: ReturnType<typeof search.search>) => results.map((r) => [r['kind'], r['title'], r['code'], r['url'], r.score]);
    for (const query of ['IOPC', 'precept', '1.1', 'panel confirmation', 'chief constable']) {
      expect(shown(loaded.search(query)), query).toEqual(shown(search.search(query)));
      expect(loaded.search(query).length, query).toBeGreaterThan(0);
    }
    // Every document ships with every field it is found by.
    expect(unpackSearchDocuments(window[SEARCH_GLOBAL] as PackedSearchDocuments).map(({ id: _, ...d }) => d)).toEqual(
      searchDocuments(guide).map(({ id: _, ...d }) => d),
    );
  });
});

describe('scenarios in search', () => {
  it('finds each training scenario by its title, leading to its briefing', () => {
    for (const s of guide.scenarios) {
      const hit = search.search(s.title).find((r) => r['kind'] === 'Training scenario');
      expect(hit?.id, s.id).toBe(`scenario:${s.id}`);
      expect(hit?.['url']).toBe(`scenario-${s.id}.html`);
    }
  });

  it('holds no model answer, discussion point or observation note', () => {
    const docs = JSON.stringify(searchDocuments(guide).filter((d) => d.id.startsWith('scenario:')));
    const secret = guide.scenarios.flatMap((s) => [
      ...s.modules.flatMap((m) => m.questions.flatMap((q) => [...(q.answer === undefined ? [] : [q.answer]), ...q.points])),
      ...s.objectives.flatMap((o) => (o.observe === undefined ? [] : [o.observe])),
    ]);
    expect(secret.length).toBeGreaterThan(0);
    for (const text of secret) expect(docs).not.toContain(JSON.stringify(text).slice(1, -1));
  });
});
