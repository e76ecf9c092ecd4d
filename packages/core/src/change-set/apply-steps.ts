import type { z } from 'zod';
import type { Flow, ProcessMap } from '../model/model.js';
import { Step } from '../schema/process-map.js';
import { codesOf } from './apply-accountability.js';
import type { Appliers } from './applier.js';
import { removeFrom } from './applier.js';
import { copyOf, type Mutable } from './draft.js';
import { findMap, findStep, stepName } from './map-targets.js';
import { sameValue, shown } from './same-value.js';
import { foundAsExpected, updateFields } from './update-fields.js';

/** Steps added between two others, removed with their flows joined up, moved to another lane, or changed. */
export const stepAppliers: Appliers<'add-step' | 'remove-step' | 'move-step' | 'update-step'> = {
  'add-step': (draft, ctx) => {
    const map = findMap(draft, ctx);
    if (map === undefined) return;
    const { step, after, before } = ctx.change;
    const steps = map.steps.map((s) => s.id);
    const known = [
      ctx.expectNew(map.steps, stepName(map.id, step.id), step.id, ['step', 'id']),
      step.lane === undefined ||
        ctx.expect(
          'lane',
          step.lane,
          map.lanes.map((lane) => lane.id),
          ['step', 'lane'],
          map.id,
        ),
      step.kind !== 'activity' || step.code === undefined || ctx.expect('glossary code', step.code, codesOf(draft), ['step', 'code']),
      after === undefined || ctx.expect('step', after, steps, ['after'], map.id),
      before === undefined || ctx.expect('step', before, steps, ['before'], map.id),
    ].every(Boolean);
    if (!known) return;
    const between = after !== undefined && before !== undefined ? map.flows.find((f) => f.from === after && f.to === before) : undefined;
    if (after !== undefined && before !== undefined && between === undefined) {
      ctx.conflict(['before'], `a flow from "${after}" to "${before}" on map "${map.id}"`, 'to be there', 'there is none');
      return;
    }
    const anchor = map.steps.findIndex((s) => s.id === (after ?? before));
    map.steps.splice(anchor < 0 ? map.steps.length : after !== undefined ? anchor + 1 : anchor, 0, copyOf(step));
    const into = after === undefined ? [] : [{ ...(between === undefined ? {} : withoutEnds(between)), from: after, to: step.id }];
    const out = before === undefined ? [] : [{ from: step.id, to: before }];
    const added = [...into, ...out] as Array<Mutable<Flow>>;
    if (between === undefined) map.flows.push(...added);
    else map.flows.splice(map.flows.indexOf(between), 1, ...added);
  },
  'remove-step': (draft, ctx) => {
    const found = findStep(draft, ctx, ctx.change.step, ['step']);
    if (found === undefined) return;
    const { map, step } = found;
    if (!foundAsExpected(ctx, step, ctx.change.was, stepName(map.id, step.id))) return;
    const into = map.flows.filter((f) => f.to === step.id && f.from !== step.id);
    const out = map.flows.filter((f) => f.from === step.id && f.to !== step.id);
    const first = map.flows.findIndex((f) => f.from === step.id || f.to === step.id);
    const kept = map.flows.filter((f) => f.from !== step.id && f.to !== step.id);
    // Each way in is joined to each way out. The words of the way out win: out of a removed decision
    // they say when each way is taken, which the step before it now decides; the way in's stay otherwise.
    const joined = into.flatMap((i) => out.map((o) => ({ ...withoutEnds(i), ...withoutEnds(o), from: i.from, to: o.to }))).filter((f) => f.from !== f.to);
    const fresh = joined.filter(
      (f, i) => !kept.some((k) => k.from === f.from && k.to === f.to) && joined.findIndex((g) => g.from === f.from && g.to === f.to) === i,
    );
    const before = map.flows.slice(0, first).filter((f) => kept.includes(f)).length;
    kept.splice(before, 0, ...fresh);
    map.flows = kept;
    removeFrom(map.steps, step);
  },
  'move-step': (draft, ctx) => {
    const found = findStep(draft, ctx, ctx.change.step, ['step']);
    if (found === undefined) return;
    const { map, step } = found;
    const { from, lane } = ctx.change;
    if (
      lane !== null &&
      !ctx.expect(
        'lane',
        lane,
        map.lanes.map((l) => l.id),
        ['lane'],
        map.id,
      )
    )
      return;
    if (from !== undefined && !sameValue(step.lane, from)) {
      ctx.conflict(['from'], stepName(map.id, step.id), `to be in lane ${shown(from)}`, `it is in lane ${shown(step.lane)}`);
      return;
    }
    if (lane === null) delete step.lane;
    else step.lane = lane;
  },
  'update-step': (draft, ctx) => {
    const found = findStep(draft, ctx, ctx.change.step, ['step']);
    if (found === undefined) return;
    const { map, step } = found;
    const { code, map: drillsInto } = ctx.change.set;
    const known = [
      typeof code !== 'string' || ctx.expect('glossary code', code, codesOf(draft), ['set', 'code']),
      typeof drillsInto !== 'string' ||
        ctx.expect(
          'process map',
          drillsInto,
          draft.maps.map((m) => m.id),
          ['set', 'map'],
        ),
    ].every(Boolean);
    const changed = copyOf(step);
    if (!known || !updateFields(ctx, changed, ctx.change, stepName(map.id, step.id))) return;
    const valid = Step.safeParse(changed);
    if (!valid.success) {
      ctx.invalid(['set'], stepName(map.id, step.id), invalidStep(changed.kind, valid.error.issues[0]));
      return;
    }
    replaceStep(map, step, valid.data);
  },
};

/** Why a changed step is not valid, in words that say how to mend the change. */
function invalidStep(kind: string, issue: z.core.$ZodIssue | undefined): string {
  if (issue?.code === 'unrecognized_keys') {
    return `a ${kind} step has no ${issue.keys.join(' or ')}: add ${issue.keys.map((key) => `${key}: null`).join(', ')} to set`;
  }
  if (issue === undefined) return 'it is not a valid step';
  return issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`;
}

/** A flow's words, without its ends. */
function withoutEnds(flow: Mutable<Flow>): Omit<Mutable<Flow>, 'from' | 'to'> {
  const { from: _from, to: _to, ...rest } = flow;
  return rest;
}

function replaceStep(map: Mutable<ProcessMap>, old: Mutable<ProcessMap['steps'][number]>, step: ProcessMap['steps'][number]): void {
  map.steps.splice(map.steps.indexOf(old), 1, copyOf(step));
}
