import type { Appliers } from './applier.js';
import { removeFrom } from './applier.js';
import type { ChangeContext } from './change-context.js';
import type { Draft } from './draft.js';
import { findMap, stepName } from './map-targets.js';

type OutcomeChange = ChangeContext<{ readonly outcome: string; readonly map: string; readonly step?: string | undefined } & ChangeContext['change']>;

/** Maps and steps made to serve an outcome, or to stop serving it. */
export const outcomeAppliers: Appliers<'link-outcome' | 'unlink-outcome'> = {
  'link-outcome': (draft, ctx) => {
    const found = outcomeHolder(draft, ctx);
    if (found === undefined) return;
    if (found.holder.outcomes.includes(ctx.change.outcome))
      ctx.conflict(['outcome'], found.name, `not to serve outcome "${ctx.change.outcome}" yet`, 'it does');
    else found.holder.outcomes.push(ctx.change.outcome);
  },
  'unlink-outcome': (draft, ctx) => {
    const found = outcomeHolder(draft, ctx);
    if (found === undefined) return;
    if (found.holder.outcomes.includes(ctx.change.outcome)) removeFrom(found.holder.outcomes, ctx.change.outcome);
    else ctx.conflict(['outcome'], found.name, `to serve outcome "${ctx.change.outcome}"`, 'it does not');
  },
};

/** The map or step whose outcomes the change edits, once the outcome, the map and the step are all found. */
function outcomeHolder(draft: Draft, ctx: OutcomeChange) {
  const { outcome, step } = ctx.change;
  const outcomeKnown = ctx.expect('outcome', outcome, outcomeIds(draft), ['outcome']);
  const map = findMap(draft, ctx);
  if (map === undefined) return undefined;
  const found = step === undefined ? undefined : ctx.find(map.steps, 'step', step, ['step'], map.id);
  if (!outcomeKnown || (step !== undefined && found === undefined)) return undefined;
  return found === undefined ? { holder: map, name: `process map "${map.id}"` } : { holder: found, name: stepName(map.id, found.id) };
}

/** Every element of every outcome framework that a map or step can serve, measures included, as the checks count them. */
function outcomeIds(draft: Draft): string[] {
  return draft.outcomeFrameworks.flatMap((f) =>
    [f.vision, ...f.outcomes, ...f.objectives, ...f.areaPriorities].flatMap((element) => [element.id, ...element.measures.map((m) => m.id)]),
  );
}
