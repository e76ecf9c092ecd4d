import { indexModel } from '@opcc/core';
import { guide } from '@opcc/guide';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html.js';
import { mapsPage } from './maps-page.js';

// The map ids linked from a part of the page, in order.
const linked = (markup: string) => [...markup.matchAll(/href="map-([^"]+)\.html"/g)].map((m) => m[1]);

describe('mapsPage', () => {
  const page = mapsPage(guide);
  const [chain = '', aToZ = ''] = page.split('id="maps-a-to-z"');

  it('lists the maps stage by stage in value-chain order, each sub-process beneath its parent, every map once', () => {
    const order = linked(chain);
    const vc = guide.valueChain!;
    const stageMaps = vc.stages.map((s) => s.map).filter((m) => m !== undefined);
    // The stages' maps come in the order of the stages.
    const positions = stageMaps.map((m) => order.indexOf(m));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(order[0]).toBe(stageMaps[0]);
    // Each sub-process is nested in its parent's item.
    expect(chain).toMatch(/href="map-engage-consult\.html"[^]*?<ul><li><a href="map-conduct-stakeholder-analysis\.html"/);
    expect([...order].sort()).toEqual(guide.maps.map((m) => m.id).sort());
  });

  it('lists the same maps A to Z as a second view', () => {
    const titles = linked(aToZ).map((id) => guide.maps.find((m) => m.id === id)!.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
    expect(titles).toHaveLength(guide.maps.length);
  });

  it('names the segment beside a map only when it is named otherwise than the map', () => {
    let same = 0;
    for (const map of guide.maps) {
      const item = new RegExp(`<a href="map-${map.id}\\.html">[^<]*</a> <span class="meta">([^<]*)</span>`).exec(aToZ)?.[1];
      const segment = indexModel(guide).segmentsByMap.get(map.id)?.[0]?.segment.title;
      if (segment === map.title) same++;
      const named = segment === undefined || segment === map.title ? '' : `(${escapeHtml(segment)}) `;
      expect(item, map.id).toBe(`${named}${map.steps.length} steps`);
    }
    expect(same).toBeGreaterThan(0);
    expect(same).toBeLessThan(guide.maps.length);
  });
});
