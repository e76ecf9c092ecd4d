import type { ImpactReport, ImpactSummary } from './impact-report.js';

/** The counts of a report, for comparing options side by side. */
export function impactSummary(report: Omit<ImpactReport, 'summary'>): ImpactSummary {
  const count = (deltas: ImpactReport['gaps'], side: 'created' | 'resolved') => deltas.reduce((n, d) => n + d[side].length, 0);
  return {
    entriesMoved: report.entries.length,
    gapsCreated: count(report.gaps, 'created'),
    gapsResolved: count(report.gaps, 'resolved'),
    overlapsCreated: count(report.overlaps, 'created'),
    overlapsResolved: count(report.overlaps, 'resolved'),
    boundaryConflicts: report.boundaryConflicts.created.length,
    boundaryConflictsResolved: report.boundaryConflicts.resolved.length,
    handOffsAdded: report.handOffs.added.length,
    handOffsRemoved: report.handOffs.removed.length,
    mapsTouched: report.maps.length,
    partiesAffected: report.parties.affected.length,
    stakeholdersAffected: report.stakeholders.affected.length,
    outcomesAffected: report.outcomes.length,
    collaborationsChanged: report.collaborations.length,
    scenarioSteps: report.scenarios.length,
    risks: report.risks.length,
  };
}
