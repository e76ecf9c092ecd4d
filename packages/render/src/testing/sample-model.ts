import { ModelBuilder, type Model } from '@opcc/core';

/**
 * A model with one of everything the renderers draw: a process map with every step kind,
 * three lanes, a decision with conditions, a loop back and a flow that skips layers; a value
 * chain shaped like the 2012 one; relationship maps (network and hierarchy); an outcome
 * framework; a glossary with a profile.
 */
export function sampleModelBuilder(): ModelBuilder {
  return new ModelBuilder()
    .manifest({ title: 'Render sample' })
    .glossary({
      levels: ['category', 'group', 'process', 'activity'],
      entries: [
        { code: '1', title: 'Governance' },
        { code: '1.1', title: 'Engage and consult' },
        { code: '1.1.1', title: 'Plan engagement' },
        { code: '1.1.2', title: 'Stakeholder analysis' },
        { code: '1.1.2.8', title: 'Map stakeholders and their interests' },
        { code: '1.1.3', title: 'Consult the public' },
        { code: '1.2', title: 'Police and crime plan' },
        { code: '1.2.1', title: 'Draft the plan' },
        { code: '2', title: 'Operations' },
        { code: '2.1', title: 'Local policing' },
        { code: '2.1.1', title: 'Neighbourhood policing' },
      ],
    })
    .parties({
      parties: [
        { id: 'pcc', title: 'Police and Crime Commissioner', type: 'commissioner' },
        { id: 'cc', title: 'Chief Constable', type: 'chief-constable' },
        { id: 'csp', title: 'Community Safety Partnership', type: 'partner' },
      ],
    })
    .profile({
      id: 'northshire',
      title: 'Northshire',
      assignments: [
        { code: '1', accountable: 'pcc' },
        { code: '1.1.3', accountable: ['pcc', 'csp'] },
        { code: '2', accountable: 'cc' },
      ],
    })
    .valueChain({
      title: 'OPCC Value Chain',
      stages: [
        { id: 'engage-consult', title: 'Engage & Consult', map: 'engage-consult' },
        { id: 'develop', title: 'Develop' },
        { id: 'commission', title: 'Commission' },
        { id: 'monitor', title: 'Monitor' },
      ],
      bands: [
        { id: 'manage-public-engagement', title: 'Manage public engagement' },
        { id: 'lead-service', title: 'Lead service' },
        { id: 'assure-service', title: 'Assure service' },
      ],
      areas: [
        { id: 'information', title: 'Information' },
        { id: 'strategy-resource-planning', title: 'Strategy and Resource Planning' },
        { id: 'scrutiny-performance', title: 'Scrutiny and Performance' },
        { id: 'commissioning-service-delivery', title: 'Commissioning and Service Delivery' },
      ],
      chain: [
        { id: 'mandate', title: 'Mandate' },
        { id: 'objectives-priorities', title: 'Objectives and priorities' },
        { id: 'outcomes', title: 'Outcomes' },
      ],
      supporting: [
        { id: 'finance', title: 'Finance' },
        { id: 'human-resources', title: 'Human resources' },
        { id: 'ict', title: 'ICT and information management' },
      ],
    })
    .processMap({
      id: 'engage-consult',
      title: 'Engage & Consult',
      lanes: [
        { id: 'opcc', title: 'Office of the PCC', party: 'pcc' },
        { id: 'force', title: 'Force', party: 'cc' },
        { id: 'partners', title: 'Community safety partners' },
      ],
      steps: [
        { id: 'start', kind: 'start', title: 'New term of office' },
        { id: 'plan', kind: 'activity', title: 'Plan engagement', code: '1.1.1', lane: 'opcc' },
        { id: 'analysis', kind: 'sub-process', title: 'Conduct Stakeholder Analysis', map: 'stakeholder-analysis', lane: 'opcc' },
        { id: 'consult', kind: 'activity', title: 'Consult the public and partners on priorities', code: '1.1.3', lane: 'partners' },
        { id: 'force-view', kind: 'activity', title: 'Provide the force view of demand', code: '2.1.1', lane: 'force' },
        { id: 'enough', kind: 'decision', title: 'Enough evidence to set objectives?', lane: 'opcc' },
        { id: 'mandate', kind: 'output', title: 'Commissioner Mandate', lane: 'opcc' },
        { id: 'framework', kind: 'output', title: 'Community Outcome Framework', lane: 'opcc' },
        { id: 'guide', kind: 'reference', title: 'Stakeholder analysis examples', lane: 'partners' },
        { id: 'end', kind: 'end', title: 'Objectives agreed' },
      ],
      flows: [
        { from: 'start', to: 'plan' },
        { from: 'plan', to: 'analysis' },
        { from: 'analysis', to: 'consult' },
        { from: 'analysis', to: 'force-view' },
        { from: 'consult', to: 'enough' },
        { from: 'force-view', to: 'enough' },
        { from: 'enough', to: 'mandate', condition: 'Yes' },
        { from: 'enough', to: 'plan', condition: 'No: gather more' },
        { from: 'mandate', to: 'framework' },
        { from: 'framework', to: 'end' },
        { from: 'plan', to: 'framework', label: 'timetable' },
        { from: 'consult', to: 'guide' },
      ],
    })
    .processMap({
      id: 'stakeholder-analysis',
      title: 'Conduct Stakeholder Analysis',
      parent: 'engage-consult',
      steps: [
        { id: 'start', kind: 'start', title: 'Start' },
        { id: 'map-stakeholders', kind: 'activity', title: 'Map stakeholders', code: '1.1.2.8' },
        { id: 'end', kind: 'end', title: 'End' },
      ],
      flows: [
        { from: 'start', to: 'map-stakeholders' },
        { from: 'map-stakeholders', to: 'end' },
      ],
    })
    .stakeholders({
      stakeholders: [
        { id: 'public', title: 'The public', type: 'community', influence: 3, interest: 5 },
        { id: 'pcc', title: 'Police and Crime Commissioner', type: 'role', influence: 5, interest: 5, party: 'pcc' },
        { id: 'panel', title: 'Police and Crime Panel', type: 'board', influence: 4, interest: 4 },
        { id: 'cc', title: 'Chief Constable', type: 'role', influence: 5, interest: 3, party: 'cc' },
        { id: 'hmicfrs', title: 'HMICFRS', type: 'organisation', influence: 4, interest: 2 },
        { id: 'csp', title: 'Community Safety Partnership', type: 'board', influence: 2, interest: 4 },
        { id: 'media', title: 'Local media', type: 'organisation', influence: 2, interest: 2 },
        { id: 'gold', title: 'Gold commander', type: 'role' },
        { id: 'silver', title: 'Silver commander', type: 'role' },
        { id: 'bronze-a', title: 'Bronze commander (cordons)', type: 'role' },
        { id: 'bronze-b', title: 'Bronze commander (evacuation)', type: 'role' },
      ],
    })
    .relationshipMap({
      id: 'accountabilities',
      title: 'All accountabilities overview',
      relations: [
        { from: 'public', to: 'pcc', kind: 'elects' },
        { from: 'panel', to: 'pcc', kind: 'scrutinises' },
        { from: 'pcc', to: 'cc', kind: 'holds-to-account' },
        { from: 'pcc', to: 'cc', kind: 'appoints' },
        { from: 'hmicfrs', to: 'cc', kind: 'inspects' },
        { from: 'pcc', to: 'csp', kind: 'duty-to-cooperate' },
        { from: 'media', to: 'pcc', kind: 'communicates-with', label: 'reports on' },
      ],
    })
    .relationshipMap({
      id: 'gold-group',
      title: 'A major incident gold group',
      layout: 'hierarchy',
      stakeholders: ['pcc'],
      relations: [
        { from: 'gold', to: 'silver', kind: 'commands' },
        { from: 'silver', to: 'bronze-a', kind: 'commands' },
        { from: 'silver', to: 'bronze-b', kind: 'commands' },
        { from: 'pcc', to: 'gold', kind: 'assures' },
      ],
    })
    .outcomeFramework({
      id: 'community',
      title: 'Community Outcome Framework',
      vision: { id: 'safer', title: 'Communities in Northshire are safer and feel safer' },
      outcomes: [
        { id: 'crime-reduced', title: 'Crime and re-offending is reduced' },
        { id: 'asb-reduced', title: 'Anti-social behaviour is reduced' },
        { id: 'victims-supported', title: 'Victims and witnesses are supported' },
      ],
      objectives: [
        { id: 'burglary', title: 'Reduce burglary', outcomes: ['crime-reduced'] },
        { id: 'asb-hotspots', title: 'Tackle ASB hotspots', outcomes: ['asb-reduced', 'crime-reduced'] },
        { id: 'victim-services', title: 'Commission victim services', outcomes: ['victims-supported'] },
      ],
      areaPriorities: [
        { id: 'east-asb', title: 'Town centre ASB', area: 'East district', objectives: ['asb-hotspots'] },
        { id: 'west-burglary', title: 'Rural burglary', area: 'West district', objectives: ['burglary'] },
      ],
    });
}

/** The sample model; throws with the diagnostics if it does not build. */
export function sampleModel(): Model {
  return buildOrThrow(sampleModelBuilder());
}

/** Builds a model, throwing with the messages of any error diagnostics. */
export function buildOrThrow(builder: ModelBuilder): Model {
  const { model, diagnostics } = builder.build();
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`sample model is invalid:\n${errors.map((d) => d.message).join('\n')}`);
  return model;
}
