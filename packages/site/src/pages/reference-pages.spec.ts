import { guide } from '@opcc/guide';
import { describe, expect, it } from 'vitest';
import { collaborationPage, collaborationsPage } from './collaboration-page.js';
import { layout } from './layout.js';
import { html } from './html.js';
import { glossaryLink } from './common.js';
import { relationshipPage, stakeholdersPage } from './stakeholders-page.js';
import { valueChainPage } from './value-chain-page.js';
import { glossaryCode } from '@opcc/core';

/** The visible text of a page: tags dropped, entities of the kinds our templates write decoded, spaces collapsed. */
const textOf = (page: string): string =>
  page
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
const count = (text: string, part: string): number => text.split(part).length - 1;
const relationshipMap = (id: string) => {
  const found = guide.relationshipMaps.find((m) => m.id === id);
  if (found === undefined) throw new Error(`no relationship map ${id}`);
  return found;
};
const collaboration = (id: string) => {
  const found = guide.collaborations.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no collaboration ${id}`);
  return found;
};

describe('the home page (the value chain)', () => {
  const page = valueChainPage(guide, undefined);
  const text = textOf(page);

  it('shows the four areas under the heading "S4J OPCC Responsibilities", and no fifth area', () => {
    const section = /<h2>S4J OPCC Responsibilities<\/h2><ul>([\s\S]*?)<\/ul><\/section>/.exec(page)?.[1] ?? '';
    expect([...section.matchAll(/<li id="about-([a-z-]+)"/g)].map((m) => m[1])).toEqual([
      'information',
      'strategy-and-resource-planning',
      'scrutiny-and-performance',
      'commissioning-and-service-delivery',
    ]);
    expect(text).not.toMatch(/PCC responsibilities portfolio|PCC Responsibilities portfolio/);
  });

  it('marks every inferred alignment in words, and not the one the source states', () => {
    const inferred = [...page.matchAll(/<li id="about-([a-z-]+)" class="segment">[\s\S]*?<\/li>/g)].filter((m) => m[0].includes('Inferred — not in the source'));
    expect(inferred.map((m) => m[1])).not.toContain('engage-consult');
    expect(inferred.length).toBe(14);
    expect(count(text, 'Inferred — not in the source')).toBe(14);
  });

  it('shows the PAG as the overlay it is, with a link to the glossary marked illustrative', () => {
    expect(page).toMatch(/<section class="value-chain-overlay" id="overlay"><h2>PAG <span class="meta">\(overlay\)<\/span><\/h2>/);
    expect(page).toMatch(/<a href="glossary.html">Open the glossary<\/a> <strong class="illustrative-marker">Illustrative<\/strong>/);
  });

  it("states once that the model's content is illustrative, and names the framework once instead of under every segment", () => {
    expect(count(text, 'Illustrative content.')).toBe(1);
    expect(count(text, 'Ask Skills for Justice or your OPCC')).toBe(1);
  });
});

describe('illustrative content is marked where it appears', () => {
  it('says once on a page that its glossary codes are illustrative, and never on a page without codes', () => {
    const withCodes = layout(guide, { title: 'x', kind: 'map', breadcrumbs: [], main: html`<h3>${glossaryLink(guide, glossaryCode('1.1.2.8'))} A step</h3><p>${glossaryLink(guide, glossaryCode('1.1.2.1'))}</p>` }).value;
    expect(count(withCodes, 'come from an illustrative Police Activities Glossary')).toBe(1);
    const without = layout(guide, { title: 'x', kind: 'map', breadcrumbs: [], main: html`<p>No codes here.</p>` }).value;
    expect(without).not.toContain('illustrative Police Activities Glossary');
  });

  it('says it only once on a fictional collaboration, whose own note covers its codes', () => {
    const page = collaborationPage(guide, collaboration('northshire-southvale-alliance'), undefined);
    expect(count(page, 'class="illustrative-note"')).toBe(1);
    expect(page).toContain('its glossary codes come from an illustrative glossary');
    expect(page).toContain('class="code"');
  });

  it('marks the fictional collaborations on their pages, in the list and on their governance maps', () => {
    for (const c of guide.collaborations) {
      expect(c.illustrative, c.id).toBe(true);
      expect(collaborationPage(guide, c, undefined), c.id).toContain('A fictional collaboration');
      if (c.governance !== undefined) expect(relationshipPage(guide, relationshipMap(c.governance), undefined, undefined)).toContain('illustrative-marker');
    }
    expect(count(collaborationsPage(guide), 'class="illustrative-marker"')).toBe(guide.collaborations.length);
    expect(relationshipPage(guide, relationshipMap('domestic-abuse'), undefined, undefined)).not.toContain('illustrative-marker');
  });
});

describe('collaboration pages', () => {
  it('show the alliance escalation levels in the order of the source', () => {
    const text = textOf(collaborationPage(guide, collaboration('northshire-southvale-alliance'), undefined));
    const section = text.slice(text.indexOf('Risk escalation'), text.indexOf('Business areas by phase'));
    const at = ['Project', 'Alliance programme team', 'Programme board', 'Executive board'].map((level) => section.indexOf(` ${level} `));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('show the regional plan four priorities as priorities, not principles', () => {
    const page = collaborationPage(guide, collaboration('northern-region-collaboration'), undefined);
    const priorities = /<h2>Priorities<\/h2><ol>([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? '';
    expect([...priorities.matchAll(/<strong>([^<]+)<\/strong>/g)].map((m) => m[1])).toEqual([
      'Improving confidence in the police',
      'Reducing risk',
      'Improving interoperability',
      'Improving productivity',
    ]);
    const principles = /<h2>Principles<\/h2><ul>([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? '';
    expect(principles).not.toMatch(/confidence|interoperability|productivity/i);
  });
});

describe('relationship-map pages', () => {
  it('return to the value chain, the stakeholder register and every map that points at them', () => {
    const page = relationshipPage(guide, relationshipMap('major-incident-gold-group'), undefined, undefined);
    const links = /<nav class="map-links" aria-label="Related pages">([\s\S]*?)<\/nav>/.exec(page)?.[1] ?? '';
    expect(links).toContain('<a href="map-conduct-stakeholder-analysis.html">Return to Conduct Stakeholder Analysis</a>');
    expect(links).toContain('<a href="stakeholders.html">Return to the stakeholder register</a>');
    expect(links).toContain('<a href="index.html">Return to OPCC Value Chain</a>');
  });

  it('return to the collaboration whose governance they draw', () => {
    const page = relationshipPage(guide, relationshipMap('alliance-governance'), undefined, undefined);
    expect(page).toContain('<a href="collaboration-northshire-southvale-alliance.html">Return to Northshire and Southvale Strategic Alliance</a>');
  });

  it('and the stakeholder register shows the acronyms people know the bodies by', () => {
    const page = stakeholdersPage(guide);
    expect(page).toMatch(/<th scope="row">Independent Office for Police Conduct <span class="aliases">\(IOPC, IPCC\)<\/span><\/th>/);
  });
});
