import { guide } from '@opcc/guide';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { searchDocuments } from './build-search-index.js';
import { SEARCH_OPTIONS, type SearchDocument } from './search-options.js';

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

  it('shows the acronym in the result title', () => {
    expect(search.search('LCJB')[0]?.['title']).toBe('Local Criminal Justice Board (LCJB)');
  });
});
