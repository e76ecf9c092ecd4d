import { guide } from '@opcc/guide';
import { describe, expect, it } from 'vitest';
import { mapBreadcrumbs } from './common.js';

describe('mapBreadcrumbs', () => {
  it('leads from the value chain through each parent map, naming a stage once when its map has the same name', () => {
    expect(mapBreadcrumbs(guide, 'annual-report').map((c) => c.title)).toEqual(['OPCC Value Chain', 'Monitor', 'Annual report']);
    expect(mapBreadcrumbs(guide, 'annual-report')[1]?.href).toBe('map-monitor.html');
    expect(mapBreadcrumbs(guide, 'conduct-stakeholder-analysis').map((c) => c.title)).toEqual(['OPCC Value Chain', 'Engage & Consult', 'Conduct Stakeholder Analysis']);
  });

  it('keeps a segment whose name differs from the map it opens', () => {
    const chain = guide.valueChain;
    if (chain === undefined) throw new Error('the reference model has a value chain');
    const model = { ...guide, valueChain: { ...chain, stages: chain.stages.map((s) => ({ ...s, title: `Stage: ${s.title}` })) } };
    const titles = mapBreadcrumbs(model, 'annual-report').map((c) => c.title);
    expect(titles).toEqual(['OPCC Value Chain', 'Stage: Monitor', 'Monitor', 'Annual report']);
  });
});
