import { describe, expect, it } from 'vitest';
import { loadModelFromFiles } from '../load/load-model.js';

const glossary = [
  'kind: glossary',
  'entries:',
  '  - { code: 1, title: Governance }',
  '  - { code: 1.1, title: Plan }',
  '  - { code: 2, title: Operations }',
  '  - { code: 2.1, title: Armed policing }',
  '  - { code: 3, title: Support }',
].join('\n');

const parties = [
  'kind: parties',
  'parties:',
  '  - { id: pcc, title: Commissioner, type: commissioner }',
  '  - { id: cc, title: Chief Constable, type: chief-constable }',
  '  - { id: other-cc, title: Other Chief Constable, type: chief-constable }',
  '  - { id: unit, title: Alliance operations, type: collaboration-unit }',
  '  - { id: council, title: County council, type: partner }',
  '  - { id: panel, title: Police and Crime Panel, type: other, stakeholder: pcp }',
  '  - { id: joint, title: Joint audit committee, type: joint }',
  '---',
  'kind: stakeholders',
  'stakeholders:',
  '  - { id: pcp, title: Police and Crime Panel, type: board, influence: 4, interest: 5 }',
].join('\n');

/** The codes and lines of the warnings a model gets, given its profile and any more documents. */
function warnings(profile: string[], more = ''): string[] {
  const files = [
    { path: 'glossary.yaml', text: glossary },
    { path: 'parties.yaml', text: parties },
    { path: 'profile.yaml', text: ['kind: accountability-profile', 'id: north', 'title: North', 'assignments:', ...profile].join('\n') },
    ...(more === '' ? [] : [{ path: 'more.yaml', text: more }]),
  ];
  const { diagnostics } = loadModelFromFiles(files);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return diagnostics.map((d) => `${d.code} ${d.file ?? ''}:${d.line ?? 0}`);
}

const complete = ['  - { code: 1, accountable: pcc }', '  - { code: 2, accountable: cc }', '  - { code: 3, accountable: cc }'];

describe('the rules of accountability', () => {
  it('finds nothing to say of a profile where each entry has one accountable Commissioner or Chief Constable', () => {
    expect(warnings(complete)).toEqual([]);
  });

  it('reports the top of each gap once, at the profile id', () => {
    expect(warnings(['  - { code: 1, accountable: pcc }', '  - { code: 2.1, accountable: cc }'])).toEqual([
      'accountability-gap profile.yaml:2',
      'accountability-gap profile.yaml:2',
    ]);
    const { diagnostics } = loadModelFromFiles([
      { path: 'glossary.yaml', text: glossary },
      { path: 'parties.yaml', text: parties },
      {
        path: 'p.yaml',
        text: 'kind: accountability-profile\nid: north\ntitle: North\nassignments:\n  - { code: 1, accountable: pcc }\n  - { code: 2.1, accountable: cc }\n',
      },
    ]);
    expect(diagnostics.map((d) => d.fields)).toEqual([
      { profile: 'north', code: '2' },
      { profile: 'north', code: '3' },
    ]);
  });

  it('reports an overlap where a profile makes two parties accountable', () => {
    expect(warnings([...complete, '  - { code: 1.1, accountable: [pcc, cc] }'])).toEqual(['accountability-overlap profile.yaml:8']);
  });

  it('reports a collaboration unit, a partner or a panel as the only accountable party', () => {
    const found = warnings([...complete, '  - { code: 2.1, accountable: unit }', '  - { code: 1.1, accountable: panel, responsible: pcc }']);
    expect(found).toEqual(['accountable-not-answerable profile.yaml:8', 'accountable-not-answerable profile.yaml:9']);
    expect(warnings([...complete, '  - { code: 2.1, accountable: council, responsible: unit }'])).toEqual(['accountable-not-answerable profile.yaml:8']);
    // The unit responsible and the Chief Constable accountable is the section 22A arrangement.
    expect(warnings([...complete, '  - { code: 2.1, accountable: cc, responsible: unit }'])).toEqual([]);
  });

  it('reports an accountable party other than a Commissioner or Chief Constable with nobody responsible', () => {
    expect(warnings([...complete, '  - { code: 1.1, accountable: joint }'])).toEqual(['accountable-without-responsible profile.yaml:8']);
    expect(warnings([...complete, '  - { code: 1.1, accountable: joint, responsible: pcc }'])).toEqual([]);
  });

  it('reports a business area led by, and a cost share of, a party outside the collaboration', () => {
    const collaboration = [
      'kind: collaboration',
      'id: alliance',
      'title: Alliance',
      'type: strategic-alliance',
      'partners: [cc, other-cc]',
      'units: [unit]',
      'costSplit:',
      '  - { party: cc, percent: 50 }',
      '  - { party: council, percent: 50 }',
      'businessAreas:',
      '  - { id: ops, title: Operations, phase: live, lead: unit }',
      '  - { id: ict, title: ICT, phase: live, lead: council }',
    ].join('\n');
    expect(warnings(complete, collaboration)).toEqual(['cost-share-not-partner more.yaml:9', 'lead-not-member more.yaml:12']);
  });

  it("reports a step in the lane of a party that takes no part in the step's entry", () => {
    const map = (party: string) =>
      [
        'kind: process-map',
        'id: plan',
        'title: Plan',
        'lanes:',
        `  - { id: lane, title: Lane, party: ${party} }`,
        'steps:',
        '  - { id: draft, kind: activity, title: Draft, lane: lane, code: 1.1 }',
      ].join('\n');
    expect(warnings(complete, map('cc'))).toEqual(['lane-party-not-assigned more.yaml:7']);
    expect(warnings(complete, map('pcc'))).toEqual([]);
    expect(warnings([...complete, '  - { code: 1.1, consulted: cc }'], map('cc'))).toEqual([]);
    expect(warnings([...complete, '  - { code: 1.1, informed: cc }'], map('cc'))).toEqual(['lane-party-not-assigned more.yaml:7']);
  });
});

describe('waiving a rule of accountability', () => {
  const overlap = [...complete, '  - { code: 1.1, accountable: [pcc, cc] }'];

  it('drops the warning a comment on its line, or just above it, waives with a reason', () => {
    expect(warnings([...complete, '  - { code: 1.1, accountable: [pcc, cc] } # opcc-waive accountability-overlap: joint committee until 2027'])).toEqual([]);
    expect(warnings([...complete, '  # opcc-waive accountability-overlap: joint committee until 2027', '  # reviewed 2026', ...overlap.slice(3)])).toEqual([]);
  });

  it('keeps the warning when the comment gives no reason, names another code, or is not next to it', () => {
    expect(warnings([...complete, '  # opcc-waive accountability-overlap', ...overlap.slice(3)])).toEqual(['accountability-overlap profile.yaml:9']);
    expect(warnings([...complete, '  # opcc-waive accountability-gap: no', ...overlap.slice(3)])).toEqual(['accountability-overlap profile.yaml:9']);
    expect(warnings(['  # opcc-waive accountability-overlap: far away', ...overlap])).toEqual(['accountability-overlap profile.yaml:9']);
  });

  it('never waives an error', () => {
    const { diagnostics } = loadModelFromFiles([
      { path: 'm.yaml', text: 'kind: glossary\nentries:\n  - { code: 9.9, title: X } # opcc-waive missing-parent-code: no\n' },
    ]);
    expect(diagnostics.map((d) => d.code)).toContain('missing-parent-code');
  });
});
