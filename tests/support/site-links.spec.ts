import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelBuilder } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { searchIndexScript } from '../../packages/site/src/search/build-search-index.js';
import { brokenSiteLinks } from './site-links.js';
import { tempDirs } from './temp-tree.js';

const temp = tempDirs();

describe('brokenSiteLinks', () => {
  it('finds a missing page, a missing place on a page and a search result leading nowhere, and leaves what exists and web links alone', () => {
    const site = temp('site-links');
    mkdirSync(join(site, 'assets'));
    writeFileSync(
      join(site, 'index.html'),
      '<a href="a.html#here">a</a> <a href="a.html#gone">b</a> <a href="missing.html">c</a> <a href="#top">d</a> <p id="top"></p>' +
        '<a href="https://example.org/x">e</a> <img src="assets/site.css"> <a href="a.html?x=1&amp;y=2">f</a>',
    );
    writeFileSync(join(site, 'a.html'), '<h1 id="here">A</h1>');
    writeFileSync(join(site, 'assets', 'site.css'), '');
    // The search index as the site writes it, of a model whose one reference leads to a page this site lacks.
    const { model } = new ModelBuilder().references({ references: [{ id: 'lost', title: 'Lost', kind: 'guidance' }] }).build();
    writeFileSync(join(site, 'assets', 'search-index.js'), searchIndexScript(model));
    expect(brokenSiteLinks(site)).toEqual(['index.html → a.html#gone', 'index.html → missing.html', 'search.html → references.html#ref-lost']);
  });
});
