import { applyChangeSet, changeSetProblems, impact, modelDiagnostics, type Model } from '@opcc/core';
import { renderMapChanges, type LayoutEngine, type MapChangeViews } from '@opcc/render';
import type { OptionAnalysis } from './option-types.js';

/**
 * Applies every change set of the model to a copy of it, reports the impact of each and draws the maps each touches,
 * with the same layout engine as every other drawing of the site. The model itself is never changed.
 * @example
 * ```ts
 * const options = await analyseOptions(guide, { engine });
 * options[0]?.report?.summary.boundaryConflicts;
 * ```
 */
export async function analyseOptions(model: Model, options: { readonly engine?: LayoutEngine } = {}): Promise<OptionAnalysis[]> {
  const analyses: OptionAnalysis[] = [];
  // The model's own problems, which no option makes new: checked once, not again for every option.
  const before = model.changeSets.length === 0 ? [] : modelDiagnostics(model);
  for (const changeSet of model.changeSets) {
    const applied = applyChangeSet(model, changeSet);
    if (!applied.applies) {
      analyses.push({ changeSet, problems: changeSetProblems(applied.diagnostics, changeSet.id), maps: [] });
      continue;
    }
    // An option that applies but breaks the model still shows what it touches, with the errors it leaves.
    const problems = applied.diagnostics.filter((d) => d.severity === 'error');
    // Applying checked the result as modelDiagnostics does (from its canonical documents): those are its problems.
    const report = impact(model, applied.model, { diagnostics: { before, after: applied.diagnostics } });
    const maps: MapChangeViews[] = [];
    for (const change of report.maps) {
      maps.push(
        await renderMapChanges(model, applied.model, change.map, {
          ...(options.engine === undefined ? {} : { engine: options.engine }),
          idPrefix: `option-${changeSet.id}-${change.map}-`,
        }),
      );
    }
    analyses.push({ changeSet, problems, report, after: applied.model, maps });
  }
  return analyses;
}
