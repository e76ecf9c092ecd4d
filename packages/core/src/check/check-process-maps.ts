import type { ParsedDocument } from '../load/parsed-document.js';
import { documentsOf, type CheckContext } from './context.js';

type MapDocument = Extract<ParsedDocument, { kind: 'process-map' }>;

/** Checks each map on its own: steps in its own lanes, unique steps and lanes, no empty map or lane, flows that join real steps, reachability. */
export function checkProcessMaps(ctx: CheckContext): void {
  for (const doc of documentsOf(ctx, 'process-map')) {
    checkStepLanes(ctx, doc);
    checkMap(ctx, doc);
    // Steps cut from a repaired map for their own mistakes would make it or a lane look empty.
    if (doc.repaired !== true) checkEmpty(ctx, doc);
  }
}

/** A step's lane is one of its own map's lanes. */
function checkStepLanes(ctx: CheckContext, { data, origin }: MapDocument): void {
  const lanes = new Map(data.lanes.map((lane) => [lane.id, lane]));
  data.steps.forEach((step, i) => {
    if (step.lane !== undefined) ctx.expectLocal(lanes, { kind: 'lane', map: data.id }, step.lane, { origin, path: ['steps', i, 'lane'] }, 'unknown-lane');
  });
}

/** A map with no steps draws nothing, and a lane with no steps is drawn as an empty band. */
function checkEmpty(ctx: CheckContext, { data, origin }: MapDocument): void {
  if (data.steps.length === 0) {
    ctx.report('empty-map', { map: data.id }, { origin, path: ['id'] });
    return;
  }
  const used = new Set(data.steps.map((step) => step.lane));
  const lanes = new Set(data.lanes.map((lane) => lane.id));
  // A step in a misspelt lane was surely meant for one of these; its unknown lane says it all.
  if ([...used].some((id) => id !== undefined && !lanes.has(id))) return;
  data.lanes.forEach((lane, i) => {
    const duplicate = data.lanes.findIndex((other) => other.id === lane.id) !== i;
    if (used.has(lane.id) || duplicate) return;
    ctx.report('empty-lane', { map: data.id, lane: lane.id }, { origin, path: ['lanes', i, 'id'] });
  });
}

function checkMap(ctx: CheckContext, { data, origin }: MapDocument): void {
  const steps = new Map<string, (typeof data.steps)[number]>();
  data.steps.forEach((step, i) => {
    if (steps.has(step.id)) ctx.report('duplicate-id', { kind: 'step', name: step.id, map: data.id }, { origin, path: ['steps', i, 'id'] });
    else steps.set(step.id, step);
  });
  const lanes = new Set<string>();
  data.lanes.forEach((lane, i) => {
    if (lanes.has(lane.id)) ctx.report('duplicate-id', { kind: 'lane', name: lane.id, map: data.id }, { origin, path: ['lanes', i, 'id'] });
    lanes.add(lane.id);
  });

  const next = new Map<string, string[]>();
  const leaving = new Set<string>();
  data.flows.forEach((flow, i) => {
    const from = ctx.expectLocal(steps, { kind: 'step', map: data.id, flow: 'from' }, flow.from, { origin, path: ['flows', i, 'from'] }, 'unknown-step');
    const to = ctx.expectLocal(steps, { kind: 'step', map: data.id, flow: 'to' }, flow.to, { origin, path: ['flows', i, 'to'] }, 'unknown-step');
    if (from && steps.get(flow.from)?.kind === 'end') ctx.report('flow-from-end', { map: data.id, step: flow.from }, { origin, path: ['flows', i, 'from'] });
    if (to && steps.get(flow.to)?.kind === 'start') ctx.report('flow-into-start', { map: data.id, step: flow.to }, { origin, path: ['flows', i, 'to'] });
    if (flow.from === flow.to) ctx.report('self-flow', { map: data.id, step: flow.from }, { origin, path: ['flows', i] });
    if (from) leaving.add(flow.from);
    if (from && to) next.set(flow.from, [...(next.get(flow.from) ?? []), flow.to]);
  });

  // A flow to or from a missing step leaves the order unknown; reachability warnings would only
  // echo that problem, which has been reported already.
  const broken = data.flows.some((f) => !steps.has(f.from) || !steps.has(f.to));
  if (data.flows.length === 0 || broken) return;
  const starts = data.steps.filter((s) => s.kind === 'start');
  if (starts.length === 0) {
    ctx.report('no-start-event', { map: data.id }, { origin, path: ['steps'] });
    return;
  }
  const reached = new Set<string>(starts.map((s) => s.id as string));
  const queue: string[] = starts.map((s) => s.id);
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const target of next.get(id) ?? []) {
      if (!reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  data.steps.forEach((step, i) => {
    if (!reached.has(step.id)) ctx.report('unreachable-step', { map: data.id, step: step.id }, { origin, path: ['steps', i, 'id'] });
    if (step.kind !== 'end' && !leaving.has(step.id) && step.kind !== 'reference') {
      ctx.report('dead-end-step', { map: data.id, step: step.id }, { origin, path: ['steps', i, 'id'] });
    }
  });
}
