import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../build/model-builder.js';
import { applyChangeSet } from '../change-set/apply-change-set.js';
import type { ChangeSet, Model } from '../model/model.js';
import type { DocumentInput } from '../schema/documents.js';
import { referenceModel } from '../testing/reference-model.js';
import { formatImpact } from './format-impact.js';
import { impact } from './impact.js';

/*
 * A small alliance: the Chief Constable answers for armed policing and does it in the force's
 * lane; the Commissioner plans. Each test edits a copy of these documents to make the "after"
 * model, so every answer below follows from the edit alone.
 */
function documents() {
  return {
    glossary: {
      kind: 'glossary',
      entries: [
        { code: '1', title: 'Governance' },
        { code: '1.1', title: 'Planning' },
        { code: '1.2', title: 'Armed policing', outcomes: [] as string[] },
        { code: '1.3', title: 'Dogs' },
        { code: '2', title: 'Estates' },
      ],
    },
    parties: {
      kind: 'parties',
      parties: [
        { id: 'pcc', title: 'Commissioner', type: 'commissioner' },
        { id: 'cc', title: 'Chief Constable', type: 'chief-constable' },
        { id: 'other-cc', title: 'Other Chief Constable', type: 'chief-constable' },
        { id: 'unit', title: 'Alliance unit', type: 'collaboration-unit' },
      ],
    },
    profile: {
      kind: 'accountability-profile',
      id: 'north',
      title: 'North',
      assignments: [
        { code: '1', accountable: ['pcc'] as string[], responsible: [] as string[] },
        { code: '1.2', accountable: ['cc'], responsible: ['cc'] },
        { code: '1.3', accountable: ['cc'], responsible: [] as string[] },
      ],
    },
    map: {
      kind: 'process-map',
      id: 'armed',
      title: 'Armed response',
      lanes: [
        { id: 'opcc', title: 'OPCC', party: 'pcc' },
        { id: 'force', title: 'Force', party: 'cc' },
        { id: 'alliance', title: 'Alliance', party: 'unit' },
      ],
      steps: [
        { id: 'start', kind: 'start', title: 'Start', lane: 'opcc' },
        { id: 'plan', kind: 'activity', title: 'Plan', code: '1.1', lane: 'opcc' },
        { id: 'deploy', kind: 'activity', title: 'Deploy', code: '1.2', lane: 'force', outcomes: ['safer'] },
        { id: 'dogs', kind: 'activity', title: 'Send dogs', code: '1.3', lane: 'force', outcomes: ['safer'] },
        { id: 'end', kind: 'end', title: 'End', lane: 'force' },
      ] as Array<Record<string, unknown>>,
      flows: [
        { from: 'start', to: 'plan' },
        { from: 'plan', to: 'deploy' },
        { from: 'deploy', to: 'dogs' },
        { from: 'dogs', to: 'end' },
      ],
    },
    outcomes: {
      kind: 'outcome-framework',
      id: 'community',
      title: 'Community',
      vision: { id: 'vision', title: 'Safe' },
      outcomes: [{ id: 'safer', title: 'People are safer' }],
    },
    stakeholders: {
      kind: 'stakeholders',
      stakeholders: [
        { id: 'panel', title: 'Panel', type: 'board' },
        { id: 'board', title: 'Alliance board', type: 'board' },
      ],
    },
    relationships: { kind: 'relationship-map', id: 'governance', title: 'Governance', relations: [{ from: 'panel', to: 'board', kind: 'scrutinises' }] },
    collaboration: {
      kind: 'collaboration',
      id: 'alliance',
      title: 'Alliance',
      type: 'strategic-alliance',
      partners: ['cc', 'other-cc'],
      units: ['unit'],
      costSplit: [
        { party: 'cc', percent: 50 },
        { party: 'other-cc', percent: 50 },
      ],
      businessAreas: [{ id: 'dogs', title: 'Dogs', phase: 'scoping', codes: ['1.3'], lead: 'cc' } as Record<string, unknown>],
    },
    scenario: {
      kind: 'scenario',
      id: 'drill',
      title: 'Drill',
      summary: 'A drill.',
      audience: 'Staff',
      format: 'seminar',
      duration: 30,
      setting: 'A call comes in.',
      roles: [{ id: 'commissioner', title: 'Commissioner', party: 'pcc' }],
      modules: [
        {
          id: 'first',
          title: 'First',
          start: 0,
          focus: { map: 'armed', steps: ['dogs'] },
          questions: [{ id: 'who', prompt: 'Who sends the dogs?', steps: [{ step: 'dogs' }] }],
        },
      ],
    },
  };
}

type Documents = ReturnType<typeof documents>;

function build(docs: Documents): Model {
  const builder = new ModelBuilder();
  for (const document of Object.values(docs)) builder.add(document as DocumentInput);
  const { model, diagnostics } = builder.build();
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return model;
}

/** The impact of an edit to the documents, with the models on either side. */
function impactOf(edit: (docs: Documents) => void) {
  const before = build(documents());
  const docs = documents();
  edit(docs);
  const after = build(docs);
  return impact(before, after);
}

const step = (docs: Documents, id: string) => docs.map.steps.find((s) => s['id'] === id)!;

describe('impact', () => {
  it('reports nothing for two equal models, and the summary counts zero everywhere', () => {
    const report = impactOf(() => {});
    expect(Object.values(report.summary).every((n) => n === 0)).toBe(true);
    expect(report.maps).toEqual([]);
    expect(report.risks).toEqual([]);
  });

  it('lists each entry whose parties change, inherited changes included, with the maps and steps that carry it', () => {
    const report = impactOf((docs) => {
      docs.profile.assignments[1]!.responsible = ['unit'];
      docs.profile.assignments[0]!.responsible = ['pcc'];
    });
    // The responsible party set on 1 reaches 1.1 and 1.3, which name no responsible party of their own.
    expect(report.entries.map((e) => [e.code, e.roles])).toEqual([
      ['1', [{ role: 'responsible', before: [], after: ['pcc'] }]],
      ['1.1', [{ role: 'responsible', before: [], after: ['pcc'] }]],
      ['1.2', [{ role: 'responsible', before: ['cc'], after: ['unit'] }]],
      ['1.3', [{ role: 'responsible', before: [], after: ['pcc'] }]],
    ]);
    expect(report.entries.find((e) => e.code === '1.2')).toMatchObject({
      profile: 'north',
      title: 'Armed policing',
      maps: ['armed'],
      steps: [{ map: 'armed', step: 'deploy', title: 'Deploy' }],
    });
    expect(report.summary.entriesMoved).toBe(4);
    expect(report.parties.affected.map((p) => p.id)).toEqual(['cc', 'pcc', 'unit']);
  });

  it('reports gaps and overlaps created and resolved, per profile', () => {
    const report = impactOf((docs) => {
      docs.profile.assignments.push({ code: '2', accountable: ['cc'], responsible: [] });
      docs.profile.assignments[2]!.accountable = ['cc', 'pcc'];
      docs.profile.assignments[0]!.accountable = [];
    });
    // 1 and 1.1 lose their accountable party; 2 gains one; 1.3 is shared.
    expect(report.gaps).toEqual([
      {
        profile: 'north',
        created: [
          { code: '1', title: 'Governance', accountable: [] },
          { code: '1.1', title: 'Planning', accountable: [] },
        ],
        resolved: [{ code: '2', title: 'Estates', accountable: [] }],
      },
    ]);
    expect(report.overlaps).toEqual([{ profile: 'north', created: [{ code: '1.3', title: 'Dogs', accountable: ['cc', 'pcc'] }], resolved: [] }]);
    expect(report.summary).toMatchObject({ gapsCreated: 2, gapsResolved: 1, overlapsCreated: 1, overlapsResolved: 0 });
  });

  it('finds a boundary conflict when a lane party stops answering for its step, and resolves it when the step moves', () => {
    const conflict = impactOf((docs) => {
      docs.profile.assignments[2]!.accountable = ['other-cc'];
    });
    expect(conflict.boundaryConflicts).toEqual({
      created: [
        {
          profile: 'north',
          map: 'armed',
          step: 'dogs',
          title: 'Send dogs',
          code: '1.3',
          lane: 'force',
          party: 'cc',
          accountable: ['other-cc'],
          responsible: [],
        },
      ],
      resolved: [],
    });
    expect(conflict.summary.boundaryConflicts).toBe(1);
    const moved = impactOf((docs) => {
      docs.profile.assignments[2]!.responsible = ['unit'];
      step(docs, 'deploy')['lane'] = 'alliance';
    });
    // Deploy moves to the unit, which is neither accountable nor responsible for armed policing.
    expect(moved.boundaryConflicts.created.map((c) => [c.step, c.party])).toEqual([['deploy', 'unit']]);
    expect(moved.boundaryConflicts.resolved).toEqual([]);
  });

  it('reports the hand-offs between parties a lane move adds and removes', () => {
    const report = impactOf((docs) => {
      step(docs, 'deploy')['lane'] = 'alliance';
    });
    const show = (h: (typeof report.handOffs.added)[number]) => `${h.from.step}[${h.from.party}]→${h.to.step}[${h.to.party}]`;
    expect(report.handOffs.added.map(show)).toEqual(['plan[pcc]→deploy[unit]', 'deploy[unit]→dogs[cc]']);
    expect(report.handOffs.removed.map(show)).toEqual(['plan[pcc]→deploy[cc]']);
    expect(report.maps).toEqual([
      {
        map: 'armed',
        title: 'Armed response',
        status: 'changed',
        fields: [],
        steps: { added: [], removed: [], moved: [{ map: 'armed', step: 'deploy', title: 'Deploy', from: 'force', to: 'alliance' }], changed: [] },
        flows: { added: [], removed: [] },
        lanes: { added: [], removed: [], changed: [] },
      },
    ]);
  });

  it('reports steps and flows added, removed and changed, lanes whose party changes, and maps added', () => {
    const report = impactOf((docs) => {
      docs.map.steps.splice(3, 1); // dogs
      docs.map.flows.splice(2, 2, { from: 'deploy', to: 'end' });
      step(docs, 'plan')['title'] = 'Plan the response';
      docs.map.lanes[1]!.party = 'other-cc';
      docs.scenario.modules[0]!.focus.steps = ['deploy'];
      docs.scenario.modules[0]!.questions[0]!.steps = [{ step: 'deploy' }];
    });
    const [armed] = report.maps;
    expect(armed?.steps).toEqual({
      added: [],
      removed: [{ map: 'armed', step: 'dogs', title: 'Send dogs' }],
      moved: [],
      changed: [{ id: 'plan', title: 'Plan the response', fields: ['title'] }],
    });
    expect(armed?.flows).toEqual({
      added: [{ from: 'deploy', to: 'end' }],
      removed: [
        { from: 'deploy', to: 'dogs' },
        { from: 'dogs', to: 'end' },
      ],
    });
    expect(armed?.lanes.changed).toEqual([{ id: 'force', title: 'Force', fields: ['party'], partyBefore: 'cc', partyAfter: 'other-cc' }]);
    // Dogs is gone, so the outcome it served, and the vision that outcome rolls up to, lose it.
    const lost = [{ map: 'armed', step: 'dogs', title: 'Send dogs' }];
    expect(report.outcomes).toEqual([
      { outcome: 'vision', title: 'Safe', added: [], removed: lost },
      { outcome: 'safer', title: 'People are safer', added: [], removed: lost },
    ]);
    expect(report.parties.affected.map((p) => p.id)).toEqual(['cc', 'other-cc', 'pcc']);
  });

  it('lists the steps scenarios name that no longer exist', () => {
    const before = build(documents());
    const docs = documents();
    docs.map.steps.splice(3, 1);
    docs.map.flows.splice(2, 2, { from: 'deploy', to: 'end' });
    const builder = new ModelBuilder();
    for (const document of Object.values(docs)) builder.add(document as DocumentInput);
    const after = builder.build();
    // The checks say the scenario names a step that is gone; impact says which and where.
    expect(after.diagnostics.map((d) => d.code)).toContain('unknown-step');
    const report = impact(before, after.model);
    expect(report.scenarios).toEqual([
      { scenario: 'drill', title: 'Drill', where: 'module "first" focus', map: 'armed', step: 'dogs' },
      { scenario: 'drill', title: 'Drill', where: 'module "first" question "who"', map: 'armed', step: 'dogs' },
    ]);
    expect(report.risks.filter((r) => r.code === 'unknown-step')).toHaveLength(2);
  });

  it('reports collaboration business areas, phases, leads and cost splits changed', () => {
    const report = impactOf((docs) => {
      docs.collaboration.businessAreas[0]!['phase'] = 'design';
      docs.collaboration.businessAreas[0]!['lead'] = 'unit';
      docs.collaboration.businessAreas.push({ id: 'armed', title: 'Armed policing', phase: 'scoping', codes: ['1.2'] });
      docs.collaboration.costSplit = [
        { party: 'cc', percent: 60 },
        { party: 'other-cc', percent: 40 },
      ];
    });
    expect(report.collaborations).toEqual([
      {
        collaboration: 'alliance',
        title: 'Alliance',
        status: 'changed',
        businessAreas: [
          {
            area: 'dogs',
            title: 'Dogs',
            status: 'changed',
            phase: { before: 'scoping', after: 'design' },
            codes: { added: [], removed: [] },
            lead: { before: 'cc', after: 'unit' },
            fields: [],
          },
          { area: 'armed', title: 'Armed policing', status: 'added', phase: { after: 'scoping' }, codes: { added: ['1.2'], removed: [] }, fields: [] },
        ],
        costSplit: {
          before: [
            { party: 'cc', percent: 50 },
            { party: 'other-cc', percent: 50 },
          ],
          after: [
            { party: 'cc', percent: 60 },
            { party: 'other-cc', percent: 40 },
          ],
        },
        partners: { added: [], removed: [] },
        units: { added: [], removed: [] },
      },
    ]);
    expect(report.parties.affected.map((p) => p.id)).toEqual(['cc', 'other-cc', 'unit']);
  });

  it('reports stakeholders and relations added and removed, and glossary entries added and retitled', () => {
    const report = impactOf((docs) => {
      docs.stakeholders.stakeholders.push({ id: 'iopc', title: 'IOPC', type: 'organisation' } as (typeof docs.stakeholders.stakeholders)[number]);
      docs.relationships.relations = [{ from: 'iopc', to: 'board', kind: 'scrutinises' }];
      docs.glossary.entries[4]!.title = 'Estates and facilities';
      docs.glossary.entries.push({ code: '3', title: 'Fleet' });
    });
    expect(report.stakeholders).toEqual({
      added: [{ id: 'iopc', title: 'IOPC' }],
      removed: [],
      changed: [],
      relations: {
        added: [{ map: 'governance', from: 'iopc', to: 'board', kind: 'scrutinises' }],
        removed: [{ map: 'governance', from: 'panel', to: 'board', kind: 'scrutinises' }],
      },
      affected: ['board', 'iopc', 'panel'],
    });
    expect(report.glossary.added.map((e) => e.code)).toEqual(['3']);
    expect(report.glossary.retitled).toEqual([{ id: 'pag-2', code: '2', from: 'Estates', to: 'Estates and facilities' }]);
    // The new entry has nobody accountable: a gap the change creates.
    expect(report.gaps[0]?.created.map((g) => g.code)).toEqual(['3']);
  });

  it('reports entries renumbered and retired, maps and parties added and removed, and a boundary conflict resolved', () => {
    const before = documents();
    before.profile.assignments[2]!.accountable = ['other-cc'];
    before.glossary.entries.push({ code: '2.1', title: 'Fleet' }, {
      id: 'kennels',
      code: '1.3.1',
      title: 'Kennels',
    } as (typeof before.glossary.entries)[number]);
    const after = documents();
    after.glossary.entries.push({ id: 'kennels', code: '1.3.2', title: 'Kennels' } as (typeof after.glossary.entries)[number]);
    after.parties.parties.push({ id: 'fire', title: 'Fire service', type: 'partner' });
    const spare = { ...after.map, id: 'spare', title: 'Spare', steps: [{ id: 'start', kind: 'start', title: 'Start' }], flows: [], lanes: [] };
    const report = impact(build(before), build({ ...after, spare } as Documents));
    expect(report.glossary).toEqual({
      added: [],
      removed: [{ id: 'pag-2-1', code: '2.1', title: 'Fleet' }],
      renumbered: [{ id: 'kennels', title: 'Kennels', from: '1.3.1', to: '1.3.2' }],
      retitled: [],
    });
    // Dogs goes back to the Chief Constable, whose force sends them: the conflict is resolved.
    expect(report.boundaryConflicts.created).toEqual([]);
    expect(report.boundaryConflicts.resolved.map((c) => [c.step, c.party, c.accountable])).toEqual([['dogs', 'cc', ['other-cc']]]);
    expect(report.summary.boundaryConflictsResolved).toBe(1);
    expect(report.maps.map((m) => [m.map, m.status, m.steps.added.map((s) => s.step)])).toEqual([['spare', 'added', ['start']]]);
    expect(report.parties.added).toEqual([{ id: 'fire', title: 'Fire service' }]);
    expect(report.parties.affected.map((p) => p.id)).toEqual(['cc', 'fire', 'other-cc']);
    const back = impact(build({ ...after, spare } as Documents), build(before));
    expect(back.maps.map((m) => [m.map, m.status])).toEqual([['spare', 'removed']]);
    expect(back.parties.removed.map((p) => p.id)).toEqual(['fire']);
  });

  it('reports a renumbered entry under Glossary only: the steps and business areas that carry it name the same entry', () => {
    const before = build(documents());
    const option = (changes: unknown[]) => ({ id: 'tidy', title: 'Tidy', rationale: 'Tidy.', status: 'proposed', changes }) as unknown as ChangeSet;
    const renumbered = applyChangeSet(before, option([{ change: 'renumber-entry', from: '1.3', to: '1.4' }]));
    expect(renumbered.diagnostics.filter((d) => d.code.startsWith('change-'))).toEqual([]);
    const report = impact(before, renumbered.model);
    expect(report.glossary.renumbered.map((e) => [e.title, e.from, e.to])).toEqual([['Dogs', '1.3', '1.4']]);
    expect(report.maps).toEqual([]);
    expect(report.collaborations).toEqual([]);
    expect(report.parties.affected).toEqual([]);
    // A step given another entry's code has changed.
    const recoded = applyChangeSet(before, option([{ change: 'update-step', map: 'armed', step: 'dogs', set: { code: '1.2' } }]));
    expect(impact(before, recoded.model).maps[0]?.steps.changed).toEqual([{ id: 'dogs', title: 'Send dogs', fields: ['code'] }]);
  });

  it('reports lanes moved by a move-lane change as the lanes of the map reordered, with their new order, in every format', () => {
    const before = build(documents());
    const option = {
      id: 'up',
      title: 'Up',
      rationale: 'Up.',
      status: 'proposed',
      changes: [{ change: 'move-lane', map: 'armed', lane: 'alliance', before: 'opcc' }],
    };
    const moved = applyChangeSet(before, option as unknown as ChangeSet);
    expect(moved.diagnostics.filter((d) => d.code.startsWith('change-'))).toEqual([]);
    const report = impact(before, moved.model);
    expect(report.maps).toEqual([
      {
        map: 'armed',
        title: 'Armed response',
        status: 'changed',
        fields: [],
        steps: { added: [], removed: [], moved: [], changed: [] },
        flows: { added: [], removed: [] },
        lanes: { added: [], removed: [], changed: [], reordered: ['alliance', 'opcc', 'force'] },
      },
    ]);
    expect(report.summary.mapsTouched).toBe(1);
    expect(formatImpact(report, 'text')).toContain('  armed (Armed response): changed\n      lanes reordered: alliance, opcc, force\n');
    expect(formatImpact(report, 'markdown')).toContain('- armed (Armed response): changed\n  - lanes reordered: alliance, opcc, force\n');
    expect(JSON.parse(formatImpact(report, 'json')).maps[0].lanes.reordered).toEqual(['alliance', 'opcc', 'force']);
    // A lane added or removed alone leaves the others in their order: no reordering.
    const added = impactOf((docs) => docs.map.lanes.splice(1, 0, { id: 'spare', title: 'Spare', party: 'unit' }));
    expect(added.maps[0]?.lanes.reordered).toBeUndefined();
  });

  it('reports the problems the change introduces as risks, not those the model had already', () => {
    const report = impactOf((docs) => {
      docs.map.steps.push({ id: 'stray', kind: 'activity', title: 'Stray', lane: 'force' });
    });
    expect(report.risks.map((r) => r.code).sort()).toEqual(['dead-end-step', 'unreachable-step']);
    expect(report.risks.every((r) => r.message.includes('stray'))).toBe(true);
    expect(report.summary.risks).toBe(2);
  });

  it('is deterministic: the same pair gives an equal report', () => {
    const guide = referenceModel();
    expect(impact(guide, guide)).toEqual(impact(guide, guide));
    expect(impact(guide, guide).summary.mapsTouched).toBe(0);
  });
});
