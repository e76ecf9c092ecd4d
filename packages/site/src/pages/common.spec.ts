import { mapId } from '@opcc/core';
import { guide } from '@opcc/guide';
import { describe, expect, it } from 'vitest';
import { mapBreadcrumbs, referenceLink } from './common.js';

describe('mapBreadcrumbs', () => {
  it('leads from the value chain through each parent map, naming a stage once when its map has the same name', () => {
    expect(mapBreadcrumbs(guide, mapId('annual-report')).map((c) => c.title)).toEqual(['OPCC Value Chain', 'Monitor', 'Annual report']);
    expect(mapBreadcrumbs(guide, mapId('annual-report'))[1]?.href).toBe('map-monitor.html');
    expect(mapBreadcrumbs(guide, mapId('conduct-stakeholder-analysis')).map((c) => c.title)).toEqual(['OPCC Value Chain', 'Engage & Consult', 'Conduct Stakeholder Analysis']);
  });

  it('keeps a segment whose name differs from the map it opens', () => {
    const chain = guide.valueChain;
    if (chain === undefined) throw new Error('the reference model has a value chain');
    const model = { ...guide, valueChain: { ...chain, stages: chain.stages.map((s) => ({ ...s, title: `Stage: ${s.title}` })) } };
    const titles = mapBreadcrumbs(model, mapId('annual-report')).map((c) => c.title);
    expect(titles).toEqual(['OPCC Value Chain', 'Stage: Monitor', 'Monitor', 'Annual report']);
  });
});

describe('referenceLink', () => {
  it('links a web address in a new tab and a local file, but no address that is not safe to follow, however spelt', () => {
    expect(referenceLink({ title: 'Act', href: 'https://www.legislation.gov.uk/' }).value).toContain('<a href="https://www.legislation.gov.uk/" target="_blank" rel="noopener noreferrer">Act');
    expect(referenceLink({ title: 'Plan', href: 'templates/plan.docx' }).value).toContain('<a href="templates/plan.docx" target="_blank" rel="noopener">Plan');
    for (const href of ['javascript:alert(1)', '&#106;avascript&#58;alert(1)', '%6Aavascript%3Aalert(1)', '%5C%5Chost%5Cshare', '&#47;&#47;host/x', '//host/x']) {
      expect(referenceLink({ title: 'Bad', href }).value, href).toBe('<span class="reference-title">Bad</span>');
    }
  });
});
