import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors.js';
import { glossaryCode, mapId, outcomeId, profileId, stepId } from '../schema/id-constructors.js';
import { fixtureBuilder } from '../testing/fixture-model.js';
import { accountabilityGaps, accountabilityOverlaps, accountableFor, compareProfiles } from './accountability.js';
import { breadcrumbs } from './breadcrumbs.js';
import { glossaryAncestors, glossaryChildren, glossaryDescendants, glossaryEntry, glossaryParent } from './glossary-tree.js';
import { mapsServingOutcome, outcomesServedByMap, rollUp } from './outcomes.js';
import { whereUsed } from './where-used.js';

const { model, diagnostics } = fixtureBuilder().build();
const codes = (entries: ReadonlyArray<{ code: string }>) => entries.map((e) => e.code);

describe('the fixture', () => {
  it('is valid', () => {
    expect(diagnostics).toEqual([]);
  });
});

describe('glossary tree', () => {
  it('orders children naturally and finds parents, ancestors and descendants', () => {
    expect(codes(glossaryChildren(model))).toEqual(['1', '2']);
    expect(codes(glossaryChildren(model, glossaryCode('1')))).toEqual(['1.1', '1.2', '1.10']);
    expect(glossaryParent(model, glossaryCode('1.1.2.8'))?.code).toBe('1.1.2');
    expect(glossaryParent(model, glossaryCode('1'))).toBeUndefined();
    expect(codes(glossaryAncestors(model, glossaryCode('1.1.2.8')))).toEqual(['1', '1.1', '1.1.2']);
    expect(codes(glossaryDescendants(model, glossaryCode('1')))).toEqual(['1.1', '1.1.2', '1.1.2.8', '1.2', '1.10']);
  });

  it('throws NotFoundError for a code the glossary lacks', () => {
    expect(() => glossaryChildren(model, glossaryCode('9'))).toThrow(NotFoundError);
  });
});

describe('breadcrumbs', () => {
  it('lead from a step up through its parent maps to the value chain', () => {
    const trail = breadcrumbs(model, { map: mapId('stakeholder-analysis'), step: stepId('analyse') });
    expect(trail.map((c) => `${c.kind}:${c.title}`)).toEqual([
      'value-chain:OPCC Value Chain',
      'segment:Engage & Consult',
      'map:Engage & Consult',
      'map:Conduct Stakeholder Analysis',
      'step:Analyse',
    ]);
  });

  it('rejects an unknown step', () => {
    expect(() => breadcrumbs(model, { map: mapId('engage-consult'), step: stepId('nope') })).toThrow(/no step "nope" on process map "engage-consult"/);
  });
});

describe('where-used', () => {
  it('finds the steps and business areas carrying a code', () => {
    expect(whereUsed(model, glossaryCode('1.1.2.8')).steps).toEqual([{ map: 'stakeholder-analysis', step: 'map-stakeholders', code: '1.1.2.8' }]);
    expect(whereUsed(model, glossaryCode('1.1')).maps).toEqual([]);
    expect(whereUsed(model, glossaryCode('1.1'), { includeDescendants: true }).maps).toEqual(['stakeholder-analysis']);
    expect(whereUsed(model, glossaryCode('1.10')).businessAreas).toEqual([{ collaboration: 'alliance', area: 'estates', code: '1.10' }]);
  });
});

describe('outcomes', () => {
  it('counts what a map serves directly, through glossary codes, and through its sub-processes', () => {
    const top = outcomesServedByMap(model, mapId('engage-consult'));
    expect(top.direct).toEqual(['crime-reduced']);
    expect(top.viaSubProcesses).toEqual([
      { outcome: 'asb-priority', via: 'stakeholder-analysis' },
      { outcome: 'victims-supported', via: 'stakeholder-analysis' },
    ]);
    expect(top.all).toEqual(['asb-priority', 'asb-reduced', 'crime-reduced', 'safer', 'victims-supported']);
  });

  it('finds the maps that serve an outcome, rolling objectives up to their outcomes', () => {
    expect(mapsServingOutcome(model, outcomeId('asb-reduced'))).toEqual(['engage-consult', 'stakeholder-analysis']);
    expect(mapsServingOutcome(model, outcomeId('crime-reduced'))).toEqual(['engage-consult']);
  });
});

describe('accountability', () => {
  it('inherits down the tree and says where from', () => {
    expect(accountableFor(model, profileId('north'), glossaryCode('1.1.2.8'))).toMatchObject({ accountable: ['pcc'], inheritedFrom: '1' });
    expect(accountableFor(model, profileId('north'), glossaryCode('1.10'))).toMatchObject({ accountable: ['pcc'], inheritedFrom: '1.10', responsible: ['cc'] });
    expect(accountableFor(model, profileId('south'), glossaryCode('1.10'))).toMatchObject({ accountable: ['cc'], inheritedFrom: '1.10', responsible: [] });
  });

  it('finds no gaps or overlaps in complete profiles, and finds them when they exist', () => {
    expect(accountabilityGaps(model, profileId('north'))).toEqual([]);
    expect(accountabilityOverlaps(model, profileId('north'))).toEqual([]);
    const partial = fixtureBuilder()
      .profile({ id: 'partial', title: 'Partial', assignments: [{ code: '1', accountable: ['pcc', 'cc'] }] })
      .build().model;
    expect(accountabilityGaps(partial, profileId('partial')).map((a) => a.code)).toEqual(['2', '2.1']);
    expect(accountabilityOverlaps(partial, profileId('partial')).map((a) => a.code)).toEqual(['1', '1.1', '1.1.2', '1.1.2.8', '1.2', '1.10']);
  });

  it('compares two profiles entry by entry', () => {
    const differences = compareProfiles(model, profileId('north'), profileId('south'));
    expect(differences.map((d) => [d.code, d.roles, d.a.accountable, d.b.accountable])).toEqual([['1.10', ['accountable', 'responsible'], ['pcc'], ['cc']]]);
  });
});

describe('an unknown id', () => {
  const missingCode = glossaryCode('1.1.1.999');
  const missingProfile = profileId('nowhere');

  it('makes accountableFor throw NotFoundError, as whereUsed does, instead of answering for a code that does not exist', () => {
    expect(() => accountableFor(model, profileId('north'), missingCode)).toThrow(new NotFoundError('glossary code', '1.1.1.999'));
    expect(() => whereUsed(model, missingCode)).toThrow(new NotFoundError('glossary code', '1.1.1.999'));
  });

  it.each([
    ['accountableFor', () => accountableFor(model, missingProfile, glossaryCode('1'))],
    ['accountabilityGaps', () => accountabilityGaps(model, missingProfile)],
    ['accountabilityOverlaps', () => accountabilityOverlaps(model, missingProfile)],
    ['compareProfiles (first)', () => compareProfiles(model, missingProfile, profileId('north'))],
    ['compareProfiles (second)', () => compareProfiles(model, profileId('north'), missingProfile)],
  ])('throws NotFoundError for an unknown profile in %s', (_, run) => {
    expect(run).toThrow(new NotFoundError('accountability profile', 'nowhere'));
  });

  it('throws NotFoundError for an unknown profile even when the glossary is empty', () => {
    const empty = fixtureBuilder().build().model;
    const bare = { ...empty, glossary: { ...empty.glossary, entries: [] } };
    expect(() => accountabilityGaps(bare, missingProfile)).toThrow(NotFoundError);
    expect(() => compareProfiles(bare, profileId('north'), missingProfile)).toThrow(NotFoundError);
  });

  it.each([
    ['glossaryEntry', () => glossaryEntry(model, missingCode)],
    ['glossaryParent', () => glossaryParent(model, missingCode)],
    ['glossaryChildren', () => glossaryChildren(model, missingCode)],
    ['glossaryAncestors', () => glossaryAncestors(model, missingCode)],
    ['glossaryDescendants', () => glossaryDescendants(model, missingCode)],
    ['whereUsed with descendants', () => whereUsed(model, missingCode, { includeDescendants: true })],
  ])('throws NotFoundError for an unknown glossary code in %s', (_, run) => {
    expect(run).toThrow(new NotFoundError('glossary code', '1.1.1.999'));
  });

  it.each([
    ['outcomesServedByMap', () => outcomesServedByMap(model, mapId('nope')), new NotFoundError('process map', 'nope')],
    ['breadcrumbs', () => breadcrumbs(model, { map: mapId('nope') }), new NotFoundError('process map', 'nope')],
    ['mapsServingOutcome', () => mapsServingOutcome(model, outcomeId('nope')), new NotFoundError('outcome', 'nope')],
    ['rollUp', () => rollUp(model, [outcomeId('asb-priority'), outcomeId('nope')]), new NotFoundError('outcome', 'nope')],
  ])('throws NotFoundError for an unknown id in %s', (_, run, expected) => {
    expect(run).toThrow(expected);
  });
});
