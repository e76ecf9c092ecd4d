import { ModelBuilder } from '../build/model-builder.js';

/**
 * A small model that exercises every query: a two-level map hierarchy under the value chain,
 * glossary inheritance with overrides, two profiles that differ, outcomes at several levels.
 */
export function fixtureBuilder(): ModelBuilder {
  return new ModelBuilder()
    .manifest({ title: 'Fixture' })
    .glossary({
      edition: 'test',
      levels: ['category', 'group', 'process', 'activity'],
      entries: [
        { code: '1', title: 'Governance' },
        { code: '1.1', title: 'Engagement' },
        { code: '1.1.2', title: 'Stakeholder analysis', outcomes: ['victims-supported'] },
        { code: '1.1.2.8', title: 'Map stakeholders' },
        { code: '1.2', title: 'Planning' },
        { code: '1.10', title: 'Estates' },
        { code: '2', title: 'Operations' },
        { code: '2.1', title: 'Local policing' },
      ],
    })
    .parties({
      parties: [
        { id: 'pcc', title: 'Commissioner', type: 'commissioner' },
        { id: 'cc', title: 'Chief Constable', type: 'chief-constable' },
      ],
    })
    .profile({
      id: 'north',
      title: 'North',
      assignments: [
        { code: '1', accountable: 'pcc' },
        { code: '2', accountable: 'cc' },
        { code: '1.10', accountable: 'pcc', responsible: 'cc' },
      ],
    })
    .profile({
      id: 'south',
      title: 'South',
      assignments: [
        { code: '1', accountable: 'pcc' },
        { code: '2', accountable: 'cc' },
        { code: '1.10', accountable: 'cc' },
      ],
    })
    .valueChain({
      title: 'OPCC Value Chain',
      stages: [{ id: 'engage-consult', title: 'Engage & Consult', map: 'engage-consult' }],
    })
    .processMap({
      id: 'engage-consult',
      title: 'Engage & Consult',
      outcomes: ['crime-reduced'],
      lanes: [{ id: 'opcc', title: 'OPCC', party: 'pcc' }],
      steps: [
        { id: 'start', kind: 'start', title: 'Start' },
        { id: 'analysis', kind: 'sub-process', title: 'Conduct Stakeholder Analysis', map: 'stakeholder-analysis', lane: 'opcc' },
        { id: 'mandate', kind: 'output', title: 'Commissioner Mandate', lane: 'opcc' },
        { id: 'end', kind: 'end', title: 'End' },
      ],
      flows: [
        { from: 'start', to: 'analysis' },
        { from: 'analysis', to: 'mandate' },
        { from: 'mandate', to: 'end' },
      ],
    })
    .processMap({
      id: 'stakeholder-analysis',
      title: 'Conduct Stakeholder Analysis',
      parent: 'engage-consult',
      steps: [
        { id: 'start', kind: 'start', title: 'Start' },
        { id: 'map-stakeholders', kind: 'activity', title: 'Map stakeholders', code: '1.1.2.8', references: ['police-uk'] },
        { id: 'analyse', kind: 'activity', title: 'Analyse', code: '1.1.2', outcomes: ['asb-priority'] },
        { id: 'end', kind: 'end', title: 'End' },
      ],
      flows: [
        { from: 'start', to: 'map-stakeholders' },
        { from: 'map-stakeholders', to: 'analyse' },
        { from: 'analyse', to: 'end' },
      ],
    })
    .outcomeFramework({
      id: 'community',
      title: 'Community Outcome Framework',
      vision: { id: 'safer', title: 'Safer and feel safer' },
      outcomes: [
        { id: 'crime-reduced', title: 'Crime is reduced' },
        { id: 'victims-supported', title: 'Victims are supported' },
        { id: 'asb-reduced', title: 'ASB is reduced' },
      ],
      objectives: [{ id: 'asb-priority', title: 'Tackle ASB', outcomes: ['asb-reduced'] }],
    })
    .references({ references: [{ id: 'police-uk', title: 'Police.uk', kind: 'data-source', href: 'https://www.police.uk/' }] })
    .stakeholders({
      stakeholders: [
        { id: 'pcc', title: 'PCC', type: 'role' },
        { id: 'panel', title: 'Police and Crime Panel', type: 'board' },
      ],
    })
    .relationshipMap({ id: 'overview', title: 'Overview', relations: [{ from: 'panel', to: 'pcc', kind: 'scrutinises' }] })
    .collaboration({
      id: 'alliance',
      title: 'Alliance',
      type: 'strategic-alliance',
      partners: ['pcc', 'cc'],
      businessAreas: [{ id: 'estates', title: 'Estates', phase: 'design', codes: ['1.10'] }],
      costSplit: [
        { party: 'pcc', percent: 70 },
        { party: 'cc', percent: 30 },
      ],
    });
}
