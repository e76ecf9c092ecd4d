import { describe, expect, it } from 'vitest';
import { NotFoundError, OpccError } from '../errors.js';
import * as make from '../schema/id-constructors.js';
import { fixtureBuilder } from '../testing/fixture-model.js';
import { indexModel, type ModelIndex } from './model-index.js';

const { model } = fixtureBuilder().build();
const index = indexModel(model);

/** One row per kind: a present id with the title it should find, an absent id, and the kind named in the error. */
interface Case {
  readonly kind: NotFoundError['kind'];
  readonly get: (index: ModelIndex, id: string) => { readonly title: string };
  readonly find: (index: ModelIndex, id: string) => { readonly title: string } | undefined;
  readonly present: string;
  readonly title: string;
}

const cases: Case[] = [
  {
    kind: 'glossary code',
    get: (i, id) => i.getEntry(make.glossaryCode(id)),
    find: (i, id) => i.findEntry(make.glossaryCode(id)),
    present: '1.1.2.8',
    title: 'Map stakeholders',
  },
  { kind: 'party', get: (i, id) => i.getParty(make.partyId(id)), find: (i, id) => i.findParty(make.partyId(id)), present: 'pcc', title: 'Commissioner' },
  {
    kind: 'accountability profile',
    get: (i, id) => i.getProfile(make.profileId(id)),
    find: (i, id) => i.findProfile(make.profileId(id)),
    present: 'north',
    title: 'North',
  },
  {
    kind: 'process map',
    get: (i, id) => i.getMap(make.mapId(id)),
    find: (i, id) => i.findMap(make.mapId(id)),
    present: 'engage-consult',
    title: 'Engage & Consult',
  },
  {
    kind: 'stakeholder',
    get: (i, id) => i.getStakeholder(make.stakeholderId(id)),
    find: (i, id) => i.findStakeholder(make.stakeholderId(id)),
    present: 'panel',
    title: 'Police and Crime Panel',
  },
  {
    kind: 'relationship map',
    get: (i, id) => i.getRelationshipMap(make.relationshipMapId(id)),
    find: (i, id) => i.findRelationshipMap(make.relationshipMapId(id)),
    present: 'overview',
    title: 'Overview',
  },
  {
    kind: 'relation kind',
    get: (i, id) => i.getRelationKind(make.relationKindId(id)),
    find: (i, id) => i.findRelationKind(make.relationKindId(id)),
    present: 'scrutinises',
    title: 'scrutinises',
  },
  {
    kind: 'outcome',
    get: (i, id) => i.getOutcome(make.outcomeId(id)),
    find: (i, id) => i.findOutcome(make.outcomeId(id)),
    present: 'asb-priority',
    title: 'Tackle ASB',
  },
  {
    kind: 'outcome framework',
    get: (i, id) => i.getFramework(make.frameworkId(id)),
    find: (i, id) => i.findFramework(make.frameworkId(id)),
    present: 'community',
    title: 'Community Outcome Framework',
  },
  {
    kind: 'reference',
    get: (i, id) => i.getReference(make.referenceId(id)),
    find: (i, id) => i.findReference(make.referenceId(id)),
    present: 'police-uk',
    title: 'Police.uk',
  },
  {
    kind: 'collaboration',
    get: (i, id) => i.getCollaboration(make.collaborationId(id)),
    find: (i, id) => i.findCollaboration(make.collaborationId(id)),
    present: 'alliance',
    title: 'Alliance',
  },
];

// Valid as an id and as a glossary code, and used by nothing in the fixture.
const ABSENT: Record<string, string> = { 'glossary code': '9.9' };

describe('the model index', () => {
  it.each(cases)('gets and finds a $kind the model has', ({ get, find, present, title }) => {
    const found = find(index, present);
    expect(found).toBeDefined();
    expect(get(index, present)).toBe(found);
    expect(found?.title).toBe(title);
  });

  it.each(cases)('finds no $kind the model lacks, and get throws NotFoundError naming the kind and the id', ({ kind, get, find }) => {
    const absent = ABSENT[kind] ?? 'not-in-the-model';
    expect(find(index, absent)).toBeUndefined();
    const error = catchError(() => get(index, absent));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(OpccError);
    expect(error).toMatchObject({ name: 'NotFoundError', kind, id: absent, message: `no ${kind} "${absent}" in the model` });
  });

  it('gets and finds a step on its map, and says which of the two is missing', () => {
    const step = index.getStep(make.mapId('stakeholder-analysis'), make.stepId('analyse'));
    expect(step.title).toBe('Analyse');
    expect(index.findStep(make.mapId('stakeholder-analysis'), make.stepId('analyse'))).toBe(step);
    expect(index.findStep(make.mapId('stakeholder-analysis'), make.stepId('nope'))).toBeUndefined();
    expect(index.findStep(make.mapId('nope'), make.stepId('analyse'))).toBeUndefined();
    expect(catchError(() => index.getStep(make.mapId('stakeholder-analysis'), make.stepId('nope')))).toMatchObject({
      kind: 'step',
      id: 'nope',
      within: 'process map "stakeholder-analysis"',
      message: 'no step "nope" on process map "stakeholder-analysis"',
    });
    expect(catchError(() => index.getStep(make.mapId('nope'), make.stepId('analyse')))).toMatchObject({ kind: 'process map', id: 'nope' });
  });

  it('is built once per model', () => {
    expect(indexModel(model)).toBe(index);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
