import { describe, expect, it } from 'vitest';
import type { Model } from '../model/model.js';
import { ChangeSchema, type ChangeKind } from '../schema/change-set.js';
import { CHANGE_SET_FILE, applyText, deepFreeze, lineOf, located } from '../testing/change-set-testing.js';
import { fixtureBuilder } from '../testing/fixture-model.js';

/*
 * Every kind of change, on the fixture model: it applies (the result has the change, and no
 * problem at all), and each way it can fail gives one diagnostic, located at the change's line
 * in the change set's file. The fixture is deep-frozen, so a change that wrote to it would throw.
 */

const fixture: Model = deepFreeze(fixtureBuilder().build().model);
const map = (model: Model, id: string) => model.maps.find((m) => m.id === id);
const step = (model: Model, mapId: string, id: string) => map(model, mapId)?.steps.find((s) => s.id === id);
const profile = (model: Model, id: string) => model.profiles.find((p) => p.id === id);
const assignment = (model: Model, profileId: string, code: string) => profile(model, profileId)?.assignments.find((a) => a.code === code);
const alliance = (model: Model) => model.collaborations.find((c) => c.id === 'alliance');
const flows = (model: Model, mapId: string) => map(model, mapId)?.flows.map((f) => `${f.from}>${f.to}`);

interface Failure {
  /** What goes wrong, for the test's name. */
  readonly why: string;
  readonly yaml: string;
  readonly code: 'change-target-missing' | 'change-conflict' | 'change-invalid';
  /** Text on the line the diagnostic must point at. */
  readonly at: string;
  readonly suggestion?: string;
}

interface Case {
  readonly yaml: string;
  readonly check: (model: Model) => void;
  /** Problems the result is meant to have, by code: a change that leaves a model to be mended. */
  readonly leaves?: readonly string[];
  readonly failures: readonly Failure[];
}

const CASES: { readonly [K in ChangeKind]: Case } = {
  'set-accountability': {
    yaml: `
- change: set-accountability
  profile: north
  code: '1.2'
  accountable: cc
  responsible: [pcc]
  note: Delegated.
  was: { accountable: [] }`,
    check: (m) => expect(assignment(m, 'north', '1.2')).toMatchObject({ accountable: ['cc'], responsible: ['pcc'], note: 'Delegated.' }),
    failures: [
      {
        why: 'an unknown profile',
        yaml: `- { change: set-accountability, profile: nort, code: '1.2', accountable: cc }`,
        code: 'change-target-missing',
        at: 'nort',
        suggestion: 'north',
      },
      {
        why: 'an unknown party',
        yaml: `- change: set-accountability\n  profile: north\n  code: '1.2'\n  accountable: ccc`,
        code: 'change-target-missing',
        at: 'accountable: ccc',
        suggestion: 'cc',
      },
      {
        why: 'an unknown code',
        yaml: `- change: set-accountability\n  profile: north\n  code: '1.9'\n  accountable: cc`,
        code: 'change-target-missing',
        at: "code: '1.9'",
      },
      {
        why: 'parties other than it expects',
        yaml: `- change: set-accountability\n  profile: north\n  code: '1.10'\n  accountable: cc\n  was: { accountable: cc }`,
        code: 'change-conflict',
        at: 'was:',
      },
    ],
  },
  'clear-accountability': {
    yaml: `
- { change: clear-accountability, profile: north, code: '1.10', roles: [responsible], was: { responsible: [cc] } }
- { change: clear-accountability, profile: south, code: '1.10', was: { accountable: [cc], responsible: [] } }`,
    check: (m) => {
      expect(assignment(m, 'north', '1.10')).toMatchObject({ accountable: ['pcc'], responsible: [] });
      expect(assignment(m, 'south', '1.10')).toBeUndefined();
    },
    failures: [
      {
        why: 'no assignment for the code',
        yaml: `- change: clear-accountability\n  profile: north\n  code: '1.2'`,
        code: 'change-target-missing',
        at: "code: '1.2'",
      },
      {
        why: 'an unknown profile',
        yaml: `- change: clear-accountability\n  profile: sooth\n  code: '1'`,
        code: 'change-target-missing',
        at: 'sooth',
        suggestion: 'south',
      },
      {
        why: 'parties other than it expects in a role',
        yaml: `- change: clear-accountability\n  profile: north\n  code: '1.10'\n  was:\n    accountable: [cc]`,
        code: 'change-conflict',
        at: 'accountable: [cc]',
      },
    ],
  },
  'add-profile': {
    yaml: `
- change: add-profile
  profile: { id: east, title: East, assignments: [{ code: '1', accountable: pcc }, { code: '2', accountable: cc }] }`,
    check: (m) => expect(profile(m, 'east')?.assignments.map((a) => a.code)).toEqual(['1', '2']),
    failures: [
      {
        why: 'an id the model has',
        yaml: `- change: add-profile\n  profile:\n    id: north\n    title: North again`,
        code: 'change-conflict',
        at: 'id: north',
      },
    ],
  },
  'remove-profile': {
    yaml: `- { change: remove-profile, profile: south }`,
    check: (m) => expect(m.profiles.map((p) => p.id)).toEqual(['north']),
    failures: [{ why: 'an unknown profile', yaml: `- change: remove-profile\n  profile: west`, code: 'change-target-missing', at: 'west' }],
  },
  'update-profile': {
    yaml: `- { change: update-profile, profile: north, set: { title: Northern area, area: North }, was: { title: North } }`,
    check: (m) => expect(profile(m, 'north')).toMatchObject({ title: 'Northern area', area: 'North' }),
    failures: [
      {
        why: 'a title other than it expects',
        yaml: `- change: update-profile\n  profile: north\n  set: { title: N }\n  was:\n    title: Nord`,
        code: 'change-conflict',
        at: 'title: Nord',
      },
      {
        why: 'an unknown profile',
        yaml: `- change: update-profile\n  profile: nrth\n  set: { title: N }`,
        code: 'change-target-missing',
        at: 'nrth',
        suggestion: 'north',
      },
    ],
  },
  'add-collaboration': {
    yaml: `- { change: add-collaboration, collaboration: { id: pact, title: Pact, type: bilateral, partners: [pcc, cc] } }`,
    check: (m) => expect(m.collaborations.map((c) => c.id)).toEqual(['alliance', 'pact']),
    failures: [
      {
        why: 'an id the model has',
        yaml: `- change: add-collaboration\n  collaboration:\n    id: alliance\n    title: A\n    type: regional`,
        code: 'change-conflict',
        at: 'id: alliance',
      },
    ],
  },
  'remove-collaboration': {
    yaml: `- { change: remove-collaboration, collaboration: alliance }`,
    check: (m) => expect(m.collaborations).toEqual([]),
    failures: [
      {
        why: 'an unknown collaboration',
        yaml: `- change: remove-collaboration\n  collaboration: aliance`,
        code: 'change-target-missing',
        at: 'aliance',
        suggestion: 'alliance',
      },
    ],
  },
  'update-collaboration': {
    yaml: `- { change: update-collaboration, collaboration: alliance, set: { agreement: Section 22A, principles: [Equal partners] }, was: { type: strategic-alliance } }`,
    check: (m) => expect(alliance(m)).toMatchObject({ agreement: 'Section 22A', principles: ['Equal partners'] }),
    failures: [
      {
        why: 'a type other than it expects',
        yaml: `- change: update-collaboration\n  collaboration: alliance\n  set: { title: A }\n  was:\n    type: regional`,
        code: 'change-conflict',
        at: 'type: regional',
      },
    ],
  },
  'add-business-area': {
    yaml: `- { change: add-business-area, collaboration: alliance, area: { id: local, title: Local policing, codes: ['2.1'], phase: scoping, lead: cc } }`,
    check: (m) => expect(alliance(m)?.businessAreas.map((a) => a.id)).toEqual(['estates', 'local']),
    failures: [
      {
        why: 'an area the collaboration has',
        yaml: `- change: add-business-area\n  collaboration: alliance\n  area:\n    id: estates\n    title: E\n    phase: live`,
        code: 'change-conflict',
        at: 'id: estates',
      },
      {
        why: 'an unknown collaboration',
        yaml: `- change: add-business-area\n  collaboration: allied\n  area: { id: x, title: X, phase: live }`,
        code: 'change-target-missing',
        at: 'allied',
      },
      {
        why: 'an unknown code',
        yaml: `- change: add-business-area\n  collaboration: alliance\n  area:\n    id: x\n    title: X\n    phase: live\n    codes: ['7']`,
        code: 'change-target-missing',
        at: "codes: ['7']",
      },
    ],
  },
  'remove-business-area': {
    yaml: `- { change: remove-business-area, collaboration: alliance, area: estates }`,
    check: (m) => expect(alliance(m)?.businessAreas).toEqual([]),
    failures: [
      {
        why: 'an unknown area',
        yaml: `- change: remove-business-area\n  collaboration: alliance\n  area: estate`,
        code: 'change-target-missing',
        at: 'area: estate',
        suggestion: 'estates',
      },
    ],
  },
  'move-business-area': {
    yaml: `- { change: move-business-area, collaboration: alliance, area: estates, from: design, phase: planning }`,
    check: (m) => expect(alliance(m)?.businessAreas[0]?.phase).toBe('planning'),
    failures: [
      {
        why: 'a phase other than it expects',
        yaml: `- change: move-business-area\n  collaboration: alliance\n  area: estates\n  from: live\n  phase: planning`,
        code: 'change-conflict',
        at: 'from: live',
      },
    ],
  },
  'update-business-area': {
    yaml: `- { change: update-business-area, collaboration: alliance, area: estates, set: { title: Estates and buildings, lead: pcc }, was: { codes: ['1.10'] } }`,
    check: (m) => expect(alliance(m)?.businessAreas[0]).toMatchObject({ title: 'Estates and buildings', lead: 'pcc', codes: ['1.10'] }),
    failures: [
      {
        why: 'an unknown lead',
        yaml: `- change: update-business-area\n  collaboration: alliance\n  area: estates\n  set:\n    lead: pc`,
        code: 'change-target-missing',
        at: 'lead: pc',
      },
      {
        why: 'codes other than it expects',
        yaml: `- change: update-business-area\n  collaboration: alliance\n  area: estates\n  set: { title: E }\n  was:\n    codes: ['1.2']`,
        code: 'change-conflict',
        at: 'codes:',
      },
    ],
  },
  'set-cost-split': {
    yaml: `- { change: set-cost-split, collaboration: alliance, split: [{ party: pcc, percent: 50 }, { party: cc, percent: 50 }], was: [{ party: cc, percent: 30 }, { party: pcc, percent: 70 }] }`,
    check: (m) => expect(alliance(m)?.costSplit.map((s) => s.percent)).toEqual([50, 50]),
    failures: [
      {
        why: 'a split other than it expects',
        yaml: `- change: set-cost-split\n  collaboration: alliance\n  split: [{ party: pcc, percent: 100 }]\n  was:\n    - { party: pcc, percent: 60 }`,
        code: 'change-conflict',
        at: 'percent: 60',
      },
      {
        why: 'an unknown party',
        yaml: `- change: set-cost-split\n  collaboration: alliance\n  split:\n    - { party: pcx, percent: 100 }`,
        code: 'change-target-missing',
        at: 'party: pcx',
      },
    ],
  },
  'add-map': {
    yaml: `
- change: add-map
  map: { id: review, title: Review, steps: [{ id: start, kind: start, title: Start }, { id: end, kind: end, title: End }], flows: [{ from: start, to: end }] }`,
    check: (m) => expect(map(m, 'review')?.steps.map((s) => s.id)).toEqual(['start', 'end']),
    failures: [
      {
        why: 'an id the model has',
        yaml: `- change: add-map\n  map:\n    id: engage-consult\n    title: Again`,
        code: 'change-conflict',
        at: 'id: engage-consult',
      },
    ],
  },
  'remove-map': {
    // The sub-process step that drilled into it now names no map: the result says so, without a file.
    yaml: `- { change: remove-map, map: stakeholder-analysis, was: { title: Conduct Stakeholder Analysis } }`,
    check: (m) => expect(m.maps.map((x) => x.id)).toEqual(['engage-consult']),
    leaves: ['unknown-map'],
    failures: [
      {
        why: 'an unknown map',
        yaml: `- change: remove-map\n  map: stakeholder-analyses`,
        code: 'change-target-missing',
        at: 'stakeholder-analyses',
        suggestion: 'stakeholder-analysis',
      },
      {
        why: 'a title other than it expects',
        yaml: `- change: remove-map\n  map: stakeholder-analysis\n  was:\n    title: Analysis`,
        code: 'change-conflict',
        at: 'title: Analysis',
      },
    ],
  },
  'update-map': {
    yaml: `- { change: update-map, map: engage-consult, set: { title: Engage and consult, guidance: Listen first. }, was: { guidance: null } }`,
    check: (m) => expect(map(m, 'engage-consult')).toMatchObject({ title: 'Engage and consult', guidance: 'Listen first.' }),
    failures: [
      {
        why: 'a title other than it expects',
        yaml: `- change: update-map\n  map: engage-consult\n  set: { title: E }\n  was:\n    title: Engage`,
        code: 'change-conflict',
        at: 'title: Engage',
      },
      {
        why: 'an unknown parent',
        yaml: `- change: update-map\n  map: stakeholder-analysis\n  set:\n    parent: engage`,
        code: 'change-target-missing',
        at: 'parent: engage',
      },
    ],
  },
  'add-step': {
    yaml: `
- change: add-step
  map: stakeholder-analysis
  after: map-stakeholders
  before: analyse
  step: { id: check, kind: activity, title: Check the map, code: '1.1.2.8' }`,
    check: (m) => {
      expect(map(m, 'stakeholder-analysis')?.steps.map((s) => s.id)).toEqual(['start', 'map-stakeholders', 'check', 'analyse', 'end']);
      expect(flows(m, 'stakeholder-analysis')).toEqual(['start>map-stakeholders', 'map-stakeholders>check', 'check>analyse', 'analyse>end']);
    },
    failures: [
      {
        why: 'no flow between the two steps',
        yaml: `- change: add-step\n  map: stakeholder-analysis\n  after: start\n  before: analyse\n  step: { id: x, kind: activity, title: X }`,
        code: 'change-conflict',
        at: 'before: analyse',
      },
      {
        why: 'a step the map has',
        yaml: `- change: add-step\n  map: stakeholder-analysis\n  step:\n    id: analyse\n    kind: activity\n    title: X`,
        code: 'change-conflict',
        at: 'id: analyse',
      },
      {
        why: 'an unknown lane',
        yaml: `- change: add-step\n  map: engage-consult\n  step:\n    id: x\n    kind: output\n    title: X\n    lane: opc`,
        code: 'change-target-missing',
        at: 'lane: opc',
        suggestion: 'opcc',
      },
      {
        why: 'an unknown step to follow',
        yaml: `- change: add-step\n  map: engage-consult\n  after: mandat\n  step: { id: x, kind: output, title: X }`,
        code: 'change-target-missing',
        at: 'after: mandat',
        suggestion: 'mandate',
      },
    ],
  },
  'remove-step': {
    yaml: `- { change: remove-step, map: stakeholder-analysis, step: map-stakeholders, was: { title: Map stakeholders, code: '1.1.2.8', lane: null } }`,
    check: (m) => expect(flows(m, 'stakeholder-analysis')).toEqual(['start>analyse', 'analyse>end']),
    failures: [
      {
        why: 'an unknown step',
        yaml: `- change: remove-step\n  map: stakeholder-analysis\n  step: analyze`,
        code: 'change-target-missing',
        at: 'step: analyze',
        suggestion: 'analyse',
      },
      {
        why: 'a code other than it expects',
        yaml: `- change: remove-step\n  map: stakeholder-analysis\n  step: map-stakeholders\n  was:\n    code: '1.1.2'`,
        code: 'change-conflict',
        at: "code: '1.1.2'",
      },
      {
        why: 'a lane other than it expects',
        yaml: `- change: remove-step\n  map: engage-consult\n  step: mandate\n  was:\n    lane: null`,
        code: 'change-conflict',
        at: 'lane: null',
      },
    ],
  },
  'move-step': {
    yaml: `
- { change: add-lane, map: engage-consult, lane: { id: force, title: Force, party: cc } }
- { change: move-step, map: engage-consult, step: mandate, from: opcc, lane: force }`,
    check: (m) => expect(step(m, 'engage-consult', 'mandate')?.lane).toBe('force'),
    failures: [
      {
        why: 'a lane other than it expects',
        yaml: `- change: move-step\n  map: engage-consult\n  step: mandate\n  from: force\n  lane: opcc`,
        code: 'change-conflict',
        at: 'from: force',
      },
      {
        why: 'an unknown lane',
        yaml: `- change: move-step\n  map: engage-consult\n  step: mandate\n  lane: opcx`,
        code: 'change-target-missing',
        at: 'lane: opcx',
        suggestion: 'opcc',
      },
    ],
  },
  'update-step': {
    yaml: `- { change: update-step, map: stakeholder-analysis, step: analyse, set: { title: Analyse the map, guidance: Rank them. }, was: { code: '1.1.2' } }`,
    check: (m) => expect(step(m, 'stakeholder-analysis', 'analyse')).toMatchObject({ title: 'Analyse the map', guidance: 'Rank them.', code: '1.1.2' }),
    failures: [
      {
        why: 'a kind that needs a field it lacks',
        yaml: `- change: update-step\n  map: stakeholder-analysis\n  step: analyse\n  set:\n    kind: sub-process`,
        code: 'change-invalid',
        at: 'kind: sub-process',
      },
      {
        why: 'a code other than it expects',
        yaml: `- change: update-step\n  map: stakeholder-analysis\n  step: analyse\n  set: { title: A }\n  was:\n    code: '1.2'`,
        code: 'change-conflict',
        at: "code: '1.2'",
      },
      {
        why: 'an unknown code',
        yaml: `- change: update-step\n  map: stakeholder-analysis\n  step: analyse\n  set:\n    code: '1.1.3'`,
        code: 'change-target-missing',
        at: "code: '1.1.3'",
      },
    ],
  },
  'add-lane': {
    yaml: `- { change: add-lane, map: engage-consult, before: opcc, lane: { id: force, title: Force, party: cc } }`,
    check: (m) => expect(map(m, 'engage-consult')?.lanes.map((l) => l.id)).toEqual(['force', 'opcc']),
    // The new lane has no step in it yet: the result warns of an empty lane.
    leaves: ['empty-lane'],
    failures: [
      {
        why: 'a lane the map has',
        yaml: `- change: add-lane\n  map: engage-consult\n  lane:\n    id: opcc\n    title: O`,
        code: 'change-conflict',
        at: 'id: opcc',
      },
      {
        why: 'an unknown party',
        yaml: `- change: add-lane\n  map: engage-consult\n  lane:\n    id: x\n    title: X\n    party: ccc`,
        code: 'change-target-missing',
        at: 'party: ccc',
      },
    ],
  },
  'remove-lane': {
    yaml: `
- { change: add-lane, map: engage-consult, lane: { id: force, title: Force } }
- { change: remove-lane, map: engage-consult, lane: force }`,
    check: (m) => expect(map(m, 'engage-consult')?.lanes.map((l) => l.id)).toEqual(['opcc']),
    failures: [{ why: 'steps still in it', yaml: `- change: remove-lane\n  map: engage-consult\n  lane: opcc`, code: 'change-conflict', at: 'lane: opcc' }],
  },
  'move-lane': {
    yaml: `
- { change: add-lane, map: engage-consult, lane: { id: force, title: Force } }
- { change: add-lane, map: engage-consult, lane: { id: panel, title: Panel } }
- { change: move-lane, map: engage-consult, lane: opcc, before: panel }
- { change: move-lane, map: engage-consult, lane: force }`,
    // opcc goes between the new lanes, then force to the bottom; the lanes keep their steps.
    check: (m) => {
      expect(map(m, 'engage-consult')?.lanes.map((l) => l.id)).toEqual(['opcc', 'panel', 'force']);
      expect(map(m, 'engage-consult')?.steps.filter((s) => s.lane === 'opcc')).toEqual(map(fixture, 'engage-consult')?.steps.filter((s) => s.lane === 'opcc'));
    },
    leaves: ['empty-lane', 'empty-lane'],
    failures: [
      { why: 'an unknown lane', yaml: `- change: move-lane\n  map: engage-consult\n  lane: opc`, code: 'change-target-missing', at: 'lane: opc' },
      {
        why: 'an unknown lane to go above',
        yaml: `- change: move-lane\n  map: engage-consult\n  lane: opcc\n  before: x`,
        code: 'change-target-missing',
        at: 'before: x',
      },
      {
        why: 'the lane itself to go above',
        yaml: `- change: move-lane\n  map: engage-consult\n  lane: opcc\n  before: opcc`,
        code: 'change-invalid',
        at: 'before: opcc',
      },
    ],
  },
  'set-lane-party': {
    yaml: `- { change: set-lane-party, map: engage-consult, lane: opcc, from: pcc, party: null }`,
    check: (m) => expect(map(m, 'engage-consult')?.lanes[0]?.party).toBeUndefined(),
    failures: [
      {
        why: 'a party other than it expects',
        yaml: `- change: set-lane-party\n  map: engage-consult\n  lane: opcc\n  from: cc\n  party: pcc`,
        code: 'change-conflict',
        at: 'from: cc',
      },
      {
        why: 'an unknown party',
        yaml: `- change: set-lane-party\n  map: engage-consult\n  lane: opcc\n  party: pcx`,
        code: 'change-target-missing',
        at: 'party: pcx',
        suggestion: 'pcc',
      },
    ],
  },
  'update-lane': {
    yaml: `- { change: update-lane, map: engage-consult, lane: opcc, set: { title: Office of the Commissioner } }`,
    check: (m) => expect(map(m, 'engage-consult')?.lanes[0]?.title).toBe('Office of the Commissioner'),
    failures: [
      {
        why: 'an unknown lane',
        yaml: `- change: update-lane\n  map: engage-consult\n  lane: opc\n  set: { title: O }`,
        code: 'change-target-missing',
        at: 'lane: opc',
      },
    ],
  },
  'add-flow': {
    yaml: `- { change: add-flow, map: engage-consult, flow: { from: analysis, to: end, label: Nothing to add } }`,
    check: (m) => expect(map(m, 'engage-consult')?.flows.at(-1)).toEqual({ from: 'analysis', to: 'end', label: 'Nothing to add' }),
    failures: [
      {
        why: 'a flow the map has',
        yaml: `- change: add-flow\n  map: engage-consult\n  flow: { from: start, to: analysis }`,
        code: 'change-conflict',
        at: 'flow:',
      },
      {
        why: 'an unknown step',
        yaml: `- change: add-flow\n  map: engage-consult\n  flow:\n    from: start\n    to: ends`,
        code: 'change-target-missing',
        at: 'to: ends',
        suggestion: 'end',
      },
    ],
  },
  'remove-flow': {
    yaml: `
- { change: add-flow, map: engage-consult, flow: { from: analysis, to: end } }
- { change: remove-flow, map: engage-consult, from: analysis, to: end }`,
    check: (m) => expect(flows(m, 'engage-consult')).toEqual(flows(fixture, 'engage-consult')),
    failures: [
      {
        why: 'no such flow',
        yaml: `- change: remove-flow\n  map: engage-consult\n  from: start\n  to: mandate`,
        code: 'change-target-missing',
        at: 'to: mandate',
      },
    ],
  },
  'add-stakeholder': {
    yaml: `- { change: add-stakeholder, stakeholder: { id: iopc, title: IOPC, type: organisation } }`,
    check: (m) => expect(m.stakeholders.map((s) => s.id)).toEqual(['iopc', 'panel', 'pcc']),
    failures: [
      {
        why: 'an id the register has',
        yaml: `- change: add-stakeholder\n  stakeholder:\n    id: panel\n    title: P\n    type: board`,
        code: 'change-conflict',
        at: 'id: panel',
      },
      {
        why: 'an unknown party',
        yaml: `- change: add-stakeholder\n  stakeholder:\n    id: x\n    title: X\n    type: role\n    party: ccc`,
        code: 'change-target-missing',
        at: 'party: ccc',
      },
    ],
  },
  'remove-stakeholder': {
    yaml: `
- { change: add-stakeholder, stakeholder: { id: iopc, title: IOPC, type: organisation } }
- { change: remove-stakeholder, stakeholder: iopc }`,
    check: (m) => expect(m.stakeholders.map((s) => s.id)).toEqual(['panel', 'pcc']),
    failures: [
      {
        why: 'an unknown stakeholder',
        yaml: `- change: remove-stakeholder\n  stakeholder: panl`,
        code: 'change-target-missing',
        at: 'panl',
        suggestion: 'panel',
      },
    ],
  },
  'update-stakeholder': {
    yaml: `- { change: update-stakeholder, stakeholder: panel, set: { influence: 4, aliases: [PCP] }, was: { type: board } }`,
    check: (m) => expect(m.stakeholders.find((s) => s.id === 'panel')).toMatchObject({ influence: 4, aliases: ['PCP'] }),
    failures: [
      {
        why: 'a type other than it expects',
        yaml: `- change: update-stakeholder\n  stakeholder: panel\n  set: { influence: 4 }\n  was:\n    type: role`,
        code: 'change-conflict',
        at: 'type: role',
      },
    ],
  },
  'add-relationship-map': {
    yaml: `- { change: add-relationship-map, relationshipMap: { id: scrutiny, title: Scrutiny, stakeholders: [panel] } }`,
    check: (m) => expect(m.relationshipMaps.map((r) => r.id)).toEqual(['overview', 'scrutiny']),
    failures: [
      {
        why: 'an id the model has',
        yaml: `- change: add-relationship-map\n  relationshipMap:\n    id: overview\n    title: O`,
        code: 'change-conflict',
        at: 'id: overview',
      },
    ],
  },
  'remove-relationship-map': {
    yaml: `- { change: remove-relationship-map, relationshipMap: overview }`,
    check: (m) => expect(m.relationshipMaps).toEqual([]),
    failures: [
      {
        why: 'an unknown map',
        yaml: `- change: remove-relationship-map\n  relationshipMap: overveiw`,
        code: 'change-target-missing',
        at: 'overveiw',
        suggestion: 'overview',
      },
    ],
  },
  'add-relation': {
    yaml: `- { change: add-relation, relationshipMap: overview, relation: { from: pcc, to: panel, kind: reports-to } }`,
    check: (m) => expect(m.relationshipMaps[0]?.relations.map((r) => r.kind)).toEqual(['scrutinises', 'reports-to']),
    failures: [
      {
        why: 'a relation the map has',
        yaml: `- change: add-relation\n  relationshipMap: overview\n  relation: { from: panel, to: pcc, kind: scrutinises }`,
        code: 'change-conflict',
        at: 'relation:',
      },
      {
        why: 'an unknown stakeholder',
        yaml: `- change: add-relation\n  relationshipMap: overview\n  relation:\n    from: pannel\n    to: pcc\n    kind: scrutinises`,
        code: 'change-target-missing',
        at: 'from: pannel',
        suggestion: 'panel',
      },
    ],
  },
  'remove-relation': {
    yaml: `- { change: remove-relation, relationshipMap: overview, from: panel, to: pcc, kind: scrutinises, was: { label: null } }`,
    check: (m) => expect(m.relationshipMaps[0]?.relations).toEqual([]),
    failures: [
      {
        why: 'no such relation',
        yaml: `- change: remove-relation\n  relationshipMap: overview\n  from: pcc\n  to: panel\n  kind: scrutinises`,
        code: 'change-target-missing',
        at: 'kind: scrutinises',
      },
      {
        why: 'a label other than it expects',
        yaml: `- change: remove-relation\n  relationshipMap: overview\n  from: panel\n  to: pcc\n  kind: scrutinises\n  was:\n    label: Holds to account`,
        code: 'change-conflict',
        at: 'label: Holds to account',
      },
    ],
  },
  'add-party': {
    yaml: `- { change: add-party, party: { id: unit, title: Alliance unit, type: collaboration-unit } }`,
    check: (m) => expect(m.parties.map((p) => p.id)).toEqual(['cc', 'pcc', 'unit']),
    failures: [
      { why: 'an id the model has', yaml: `- change: add-party\n  party:\n    id: cc\n    title: C\n    type: other`, code: 'change-conflict', at: 'id: cc' },
    ],
  },
  'remove-party': {
    yaml: `
- { change: add-party, party: { id: unit, title: Alliance unit, type: collaboration-unit } }
- { change: remove-party, party: unit, was: { title: Alliance unit, type: collaboration-unit } }`,
    check: (m) => expect(m.parties.map((p) => p.id)).toEqual(['cc', 'pcc']),
    failures: [
      { why: 'an unknown party', yaml: `- change: remove-party\n  party: unti`, code: 'change-target-missing', at: 'unti' },
      { why: 'a title other than it expects', yaml: `- change: remove-party\n  party: pcc\n  was:\n    title: PCC`, code: 'change-conflict', at: 'title: PCC' },
    ],
  },
  'update-party': {
    yaml: `- { change: update-party, party: cc, set: { area: North, aliases: [CC] }, was: { type: chief-constable } }`,
    check: (m) => expect(m.parties.find((p) => p.id === 'cc')).toMatchObject({ area: 'North', aliases: ['CC'] }),
    failures: [
      {
        why: 'a title other than it expects',
        yaml: `- change: update-party\n  party: cc\n  set: { area: N }\n  was:\n    title: Chief`,
        code: 'change-conflict',
        at: 'title: Chief',
      },
    ],
  },
  'link-outcome': {
    yaml: `
- { change: link-outcome, outcome: victims-supported, map: engage-consult }
- { change: link-outcome, outcome: crime-reduced, map: stakeholder-analysis, step: analyse }`,
    check: (m) => {
      expect(map(m, 'engage-consult')?.outcomes).toEqual(['crime-reduced', 'victims-supported']);
      expect(step(m, 'stakeholder-analysis', 'analyse')?.outcomes).toEqual(['asb-priority', 'crime-reduced']);
    },
    failures: [
      {
        why: 'an outcome already served',
        yaml: `- change: link-outcome\n  map: engage-consult\n  outcome: crime-reduced`,
        code: 'change-conflict',
        at: 'outcome: crime-reduced',
      },
      {
        why: 'an unknown outcome',
        yaml: `- change: link-outcome\n  map: engage-consult\n  outcome: crime-reduce`,
        code: 'change-target-missing',
        at: 'outcome: crime-reduce',
        suggestion: 'crime-reduced',
      },
      {
        why: 'an unknown step',
        yaml: `- change: link-outcome\n  map: engage-consult\n  outcome: safer\n  step: mandat`,
        code: 'change-target-missing',
        at: 'step: mandat',
        suggestion: 'mandate',
      },
    ],
  },
  'unlink-outcome': {
    yaml: `- { change: unlink-outcome, outcome: asb-priority, map: stakeholder-analysis, step: analyse }`,
    check: (m) => expect(step(m, 'stakeholder-analysis', 'analyse')?.outcomes).toEqual([]),
    failures: [
      {
        why: 'an outcome not served',
        yaml: `- change: unlink-outcome\n  map: engage-consult\n  outcome: safer`,
        code: 'change-conflict',
        at: 'outcome: safer',
      },
    ],
  },
  'add-entry': {
    yaml: `- { change: add-entry, entry: { code: '1.3', title: Scrutiny } }`,
    check: (m) => expect(m.glossary.entries.find((e) => e.code === '1.3')).toMatchObject({ id: 'pag-1-3', title: 'Scrutiny', level: 'group' }),
    failures: [
      { why: 'a code the glossary has', yaml: `- change: add-entry\n  entry:\n    code: '1.2'\n    title: P`, code: 'change-conflict', at: "code: '1.2'" },
    ],
  },
  'retire-entry': {
    yaml: `- { change: retire-entry, code: '2.1', title: Local policing }`,
    check: (m) => expect(m.glossary.entries.map((e) => e.code)).not.toContain('2.1'),
    failures: [
      { why: 'entries beneath it', yaml: `- change: retire-entry\n  code: '1.1.2'`, code: 'change-conflict', at: "code: '1.1.2'" },
      {
        why: 'a title other than it expects',
        yaml: `- change: retire-entry\n  code: '2.1'\n  title: Neighbourhoods`,
        code: 'change-conflict',
        at: 'title: Neighbourhoods',
      },
      { why: 'an unknown code', yaml: `- change: retire-entry\n  code: '2.2'`, code: 'change-target-missing', at: "code: '2.2'" },
    ],
  },
  'renumber-entry': {
    yaml: `- { change: renumber-entry, entry: pag-1-1, from: '1.1', to: '1.5' }`,
    check: (m) => {
      const entries = m.glossary.entries.map((e) => `${e.code}=${e.id}`);
      expect(entries).toEqual(['1=pag-1', '1.2=pag-1-2', '1.5=pag-1-1', '1.5.2=pag-1-1-2', '1.5.2.8=pag-1-1-2-8', '1.10=pag-1-10', '2=pag-2', '2.1=pag-2-1']);
      expect(step(m, 'stakeholder-analysis', 'map-stakeholders')).toMatchObject({ code: '1.5.2.8' });
    },
    failures: [
      { why: 'a code the glossary has', yaml: `- change: renumber-entry\n  from: '1.1'\n  to: '1.2'`, code: 'change-conflict', at: "to: '1.2'" },
      {
        why: 'an entry other than it expects',
        yaml: `- change: renumber-entry\n  entry: pag-1-2\n  from: '1.1'\n  to: '1.5'`,
        code: 'change-conflict',
        at: 'entry: pag-1-2',
      },
    ],
  },
  'update-entry': {
    yaml: `- { change: update-entry, code: '1.2', set: { title: Strategic planning, description: Plans. }, was: { title: Planning } }`,
    check: (m) => expect(m.glossary.entries.find((e) => e.code === '1.2')).toMatchObject({ title: 'Strategic planning', description: 'Plans.' }),
    failures: [
      {
        why: 'a title other than it expects',
        yaml: `- change: update-entry\n  code: '1.2'\n  set: { title: P }\n  was:\n    title: Plans`,
        code: 'change-conflict',
        at: 'title: Plans',
      },
    ],
  },
};

describe('every kind of change', () => {
  it('has a case here', () => {
    const kinds = ChangeSchema.options.map((option) => option.shape.change.value).sort();
    expect(Object.keys(CASES).sort()).toEqual(kinds);
  });

  describe.each(Object.entries(CASES))('%s', (_kind, c) => {
    it('applies: the result has the change, and no problem but those it is meant to leave', () => {
      const { model, diagnostics } = applyText(fixture, c.yaml);
      expect(diagnostics.map((d) => d.code)).toEqual(c.leaves ?? []);
      c.check(model);
    });

    it.each(c.failures.map((f) => [f.why, f] as const))('fails, located at the change, on %s', (_why, failure) => {
      const { model, diagnostics, text } = applyText(fixture, failure.yaml);
      expect(located(diagnostics)).toEqual([{ code: failure.code, file: CHANGE_SET_FILE, line: lineOf(text, failure.at) }]);
      const [found] = diagnostics;
      expect(found?.message).toMatch(/^change 1 \(/);
      if (failure.suggestion !== undefined) expect(found?.suggestion).toBe(failure.suggestion);
      // A change that cannot be made is left out: the result is the model as it was.
      expect(JSON.stringify(model)).toBe(JSON.stringify(fixture));
    });
  });
});
