import { LIFECYCLE_PHASES, type Model } from '@opcc/core';
import { plural } from './print-diagnostics.js';
import { safeText } from './safe-text.js';

/**
 * A short account of what a model holds, for people checking they loaded what they meant to.
 * Model text in it is printed through {@link safeText}.
 */
export function summaryText(model: Model): string {
  const g = model.glossary;
  // The edition often says it is illustrative already ("2012 illustrative"): say it once.
  const edition = g.edition === undefined ? '' : `, edition ${g.edition}`;
  const illustrative = g.illustrative && !/\billustrative\b/i.test(edition) ? ' (illustrative)' : '';
  const steps = model.maps.reduce((n, m) => n + m.steps.length, 0);
  const flows = model.maps.reduce((n, m) => n + m.flows.length, 0);
  const relations = model.relationshipMaps.reduce((n, m) => n + m.relations.length, 0);
  const vc = model.valueChain;
  const frameworks = model.outcomeFrameworks;
  const count = (pick: (f: Model['outcomeFrameworks'][number]) => readonly unknown[]) => frameworks.reduce((n, f) => n + pick(f).length, 0);
  const areas = model.collaborations.flatMap((c) => c.businessAreas);
  const phases = LIFECYCLE_PHASES.map((p) => `${p} ${areas.filter((a) => a.phase === p).length}`).join(', ');
  const lines = [
    model.title,
    '',
    `  value chain          ${vc === undefined ? 'none' : `${plural(vc.stages.length, 'stage')}, ${plural(vc.bands.length, 'band')}, ${plural(vc.areas.length, 'responsibility area')}, ${plural(vc.chain.length + vc.supporting.length, 'other segment')}`}`,
    `  process maps         ${model.maps.length} (${plural(steps, 'step')}, ${plural(flows, 'flow')})`,
    `  glossary             ${plural(g.entries.length, 'entry', 'entries')}${edition}${illustrative}`,
    `  parties              ${model.parties.length}`,
    `  accountability       ${plural(model.profiles.length, 'profile')}`,
    `  stakeholders         ${model.stakeholders.length} in the register, ${plural(model.relationshipMaps.length, 'relationship map')}, ${plural(relations, 'relation')}`,
    `  outcome frameworks   ${frameworks.length} (${plural(
      count((f) => f.outcomes),
      'outcome',
    )}, ${plural(
      count((f) => f.objectives),
      'objective',
    )}, ${plural(
      count((f) => f.areaPriorities),
      'area priority',
      'area priorities',
    )})`,
    `  reference material   ${plural(model.references.length, 'item')}`,
    `  collaborations       ${model.collaborations.length}${areas.length === 0 ? '' : ` (business areas: ${phases})`}`,
  ];
  return `${lines.map(safeText).join('\n')}\n`;
}
