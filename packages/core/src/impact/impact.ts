import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Model } from '../model/model.js';
import { boundaryConflicts } from './boundary-conflicts.js';
import { collaborationChanges } from './collaboration-changes.js';
import { entryChanges } from './entry-changes.js';
import { gapsAndOverlaps } from './gaps-and-overlaps.js';
import { glossaryChanges } from './glossary-changes.js';
import { handOffChanges } from './hand-off-changes.js';
import type { ImpactReport } from './impact-report.js';
import { mapChanges } from './map-changes.js';
import { outcomeChanges } from './outcome-changes.js';
import { partyChanges } from './party-changes.js';
import { modelDiagnostics, newProblems } from './risks.js';
import { scenarioBreaks } from './scenario-breaks.js';
import { stakeholderChanges } from './stakeholder-changes.js';
import { impactSummary } from './summary.js';

/** What {@link impact} may be given beyond the two models. */
export interface ImpactOptions {
  /**
   * The diagnostics of each model, when the caller has them already (from loading the folders,
   * or from applying a change set); otherwise each model is checked again.
   */
  readonly diagnostics?: { readonly before: readonly Diagnostic[]; readonly after: readonly Diagnostic[] };
}

/**
 * Everything a change to the model touches, comparing the model before it with the model after:
 * glossary entries whose parties change (with the maps and steps that carry them), accountability
 * gaps and overlaps created and resolved, boundary conflicts (steps in a lane whose party is
 * neither accountable nor responsible for the step's entry), hand-offs between parties added and
 * removed, maps, parties, stakeholders, outcomes and collaborations changed, scenario steps that
 * no longer exist, and the new problems the checks find, as risks. Pure, and every list is in a
 * fixed order. {@link formatImpact} prints it.
 * @example
 * ```ts
 * const { model: after } = applyChangeSet(guide, option);
 * const report = impact(guide, after);
 * report.summary.boundaryConflicts; // steps now done by a party that does not answer for them
 * report.gaps.flatMap((g) => g.created.map((c) => `${g.profile}: ${c.code} ${c.title}`));
 * ```
 */
export function impact(before: Model, after: Model, options: ImpactOptions = {}): ImpactReport {
  const sections = {
    entries: entryChanges(before, after),
    ...gapsAndOverlaps(before, after),
    boundaryConflicts: boundaryConflicts(before, after),
    handOffs: handOffChanges(before, after),
    maps: mapChanges(before, after),
    collaborations: collaborationChanges(before, after),
  };
  const diagnostics = options.diagnostics ?? { before: modelDiagnostics(before), after: modelDiagnostics(after) };
  const report = {
    glossary: glossaryChanges(before, after),
    ...sections,
    parties: partyChanges(before, after, sections),
    stakeholders: stakeholderChanges(before, after),
    outcomes: outcomeChanges(before, after),
    scenarios: scenarioBreaks(before, after),
    risks: newProblems(diagnostics.before, diagnostics.after),
  };
  return { summary: impactSummary(report), ...report };
}
