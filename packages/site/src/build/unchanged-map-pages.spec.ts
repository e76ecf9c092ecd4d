import type { Model } from '@opcc/core';
import { guide } from '@opcc/guide';
import { describe, expect, it } from 'vitest';
import { sameModel, unchangedMapPages } from './unchanged-map-pages.js';

type MutableMap = { -readonly [K in keyof Model['maps'][number]]: Model['maps'][number][K] };

/** A copy of the reference model with one map changed by `change`. */
function withMap(id: string, change: (map: MutableMap) => void): Model {
  const model = structuredClone(guide) as { maps: MutableMap[] } & Model;
  const map = model.maps.find((m) => m.id === id);
  if (map === undefined) throw new Error(`no map ${id}`);
  change(map);
  return model;
}

const allBut = (model: Model, ids: readonly string[]) => new Set(model.maps.map((m) => m.id as string).filter((id) => !ids.includes(id)));

describe('unchangedMapPages', () => {
  it('keeps every map page when nothing changed', () => {
    expect(unchangedMapPages(guide, structuredClone(guide))).toEqual(allBut(guide, []));
  });

  it('redraws a changed leaf map and its parent that drills into it, and nothing else', () => {
    const after = withMap('annual-report', (map) => {
      map.title = 'Annual report and accounts';
    });
    expect(unchangedMapPages(guide, after)).toEqual(allBut(guide, ['annual-report', 'monitor']));
  });

  it('redraws every map whose breadcrumb trail passes through a changed map, grandchildren too', () => {
    const after = withMap('engage-consult', (map) => {
      map.title = 'Engage and consult';
    });
    const changed = ['engage-consult', 'conduct-stakeholder-analysis', 'define-stakeholder-objectives', 'commissioner-mandate', 'community-outcome-framework'];
    expect(unchangedMapPages(guide, after)).toEqual(allBut(guide, [...changed, 'strategic-policing-requirement']));
  });

  it('redraws the maps a new map names, and keeps none of a removed map', () => {
    const source = guide.maps.find((m) => m.id === 'annual-report');
    const added = { ...structuredClone(source), id: 'annual-report-draft', title: 'Draft' } as Model['maps'][number];
    const grown = { ...structuredClone(guide), maps: [...guide.maps, added] } as Model;
    const kept = unchangedMapPages(guide, grown);
    expect(kept.has('annual-report-draft')).toBe(false);
    expect(kept.has('monitor')).toBe(false);
    expect(kept.has('develop')).toBe(true);
    const shrunk = unchangedMapPages(grown, guide);
    expect(shrunk.has('annual-report-draft')).toBe(false);
    expect(shrunk.has('monitor')).toBe(false);
    expect(shrunk.has('develop')).toBe(true);
  });

  it('tells a model holding the same data from one that changed, a map removed included', () => {
    expect(sameModel(guide, structuredClone(guide))).toBe(true);
    expect(sameModel(guide, withMap('annual-report', (map) => void (map.title = 'Annual report and accounts')))).toBe(false);
    expect(sameModel(guide, { ...structuredClone(guide), maps: guide.maps.slice(1) } as Model)).toBe(false);
    expect(sameModel(guide, { ...structuredClone(guide), title: 'Another title' } as Model)).toBe(false);
  });

  it('keeps no page when anything outside the maps changed', () => {
    const after = { ...structuredClone(guide), title: 'Another title' } as Model;
    expect(unchangedMapPages(guide, after)).toEqual(new Set());
    const profile = structuredClone(guide) as Model & { profiles: Array<{ title: string }> };
    const first = profile.profiles[0];
    if (first !== undefined) first.title = 'Changed profile';
    expect(unchangedMapPages(guide, profile)).toEqual(new Set());
  });
});
