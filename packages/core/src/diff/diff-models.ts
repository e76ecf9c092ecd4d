import type { Model } from '../model/model.js';
import type { Change } from '../schema/change-set.js';
import { applyPhase } from './apply-phase.js';
import { collaborationChanges, collaborationRemovals } from './diff-collaborations.js';
import { entryAdditions, entryRetirements, renumberings } from './diff-glossary.js';
import { flowChanges, mapChanges, mapRemovals } from './diff-maps.js';
import { profileChanges, profileRemovals } from './diff-profiles.js';
import { registerAdditions, registerRemovals, relationshipMapChanges, relationshipMapRemovals } from './diff-stakeholders.js';
import { unexpressedDifferences } from './unexpressed.js';

/** The difference between two models as changes, from {@link diffModels}. */
export interface ModelDiff {
  /** The changes that make the first model into the second, in the order to apply them. */
  readonly changes: readonly Change[];
  /** What else differs that no change can say (the value chain, reference material, scenarios…), in words. */
  readonly unexpressed: readonly string[];
}

type Phase = (current: Model, target: Model) => Change[];

/*
 * Some changes do more than they say: renumbering an entry renumbers its uses, removing a step
 * joins its flows, adding one between two others makes flows. So the difference is found in
 * phases, each against the model the phases before it leave: what others name comes first
 * (parties, stakeholders, codes), then the elements, then the flows once the steps are in
 * place, and last the removals, once nothing names what goes.
 */
const PHASES: readonly Phase[] = [
  (c, t) => [...registerAdditions(c, t), ...renumberings(c, t)],
  (c, t) => [...entryAdditions(c, t), ...profileChanges(c, t), ...mapChanges(c, t), ...relationshipMapChanges(c, t), ...collaborationChanges(c, t)],
  flowChanges,
  (c, t) => [
    ...mapRemovals(c, t),
    ...collaborationRemovals(c, t),
    ...relationshipMapRemovals(c, t),
    ...profileRemovals(c, t),
    ...registerRemovals(c, t),
    ...entryRetirements(c, t),
  ],
];

/**
 * The changes that make one model into another, in the change-set vocabulary: applying them to
 * `before` with {@link applyChangeSet} gives a model equal to `after` in everything a change can
 * say; `unexpressed` names the rest. Elements are matched by id (glossary entries by their stable
 * id, so a renumbered entry is renumbered, not retired and added). Pure.
 * @example
 * ```ts
 * const { changes, unexpressed } = diffModels(lastYear, thisYear);
 * const option = { id: 'this-year', title: 'This year', rationale: 'What changed.', status: 'agreed', changes };
 * ```
 */
export function diffModels(before: Model, after: Model): ModelDiff {
  const changes: Change[] = [];
  let current = before;
  PHASES.forEach((phase, i) => {
    const found = phase(current, after);
    changes.push(...found);
    if (found.length > 0 && i < PHASES.length - 1) current = applyPhase(current, found);
  });
  // Against the model the changes make, so that scenario codes a renumbering moves are not named as a difference.
  return { changes, unexpressed: unexpressedDifferences(current, after) };
}
