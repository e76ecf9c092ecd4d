import type { Flow, Lane, Model, ProcessMap, Step } from '../model/model.js';
import type { FlowMention, MapChange, StepMention } from './impact-report.js';
import { entryKeys } from './entry-keys.js';
import { changedFields, changesByKey, pairBy } from './pair-by.js';

const flowKey = (f: Flow) => `${f.from}\u0000${f.to}`;
const flowMention = (f: Flow): FlowMention => ({ from: f.from, to: f.to, ...(f.label === undefined ? {} : { label: f.label }) });
const laneMention = (l: Lane) => ({ id: l.id, title: l.title, ...(l.party === undefined ? {} : { party: l.party }) });
const stepsOf =
  (map: ProcessMap) =>
  (s: Step): StepMention => ({ map: map.id, step: s.id, title: s.title });

/** A step with its code as the key of the entry it names, so a step whose code is only renumbered is unchanged. */
type StepByEntry = (step: Step) => object;

function byEntry(model: Model): StepByEntry {
  const key = entryKeys(model);
  return (step) => ('code' in step && step.code !== undefined ? { ...step, code: key(step.code) } : step);
}

/** How a map differs, or undefined when it does not; a missing side stands for a map added or removed. */
function mapChange(before: ProcessMap | undefined, after: ProcessMap | undefined, was: StepByEntry, now: StepByEntry): MapChange | undefined {
  const map = (after ?? before) as ProcessMap;
  const status = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  const steps = pairBy(before?.steps ?? [], after?.steps ?? [], (s) => s.id);
  const flows = pairBy(before?.flows ?? [], after?.flows ?? [], flowKey);
  const lanes = pairBy(before?.lanes ?? [], after?.lanes ?? [], (l) => l.id);
  const mention = stepsOf(map);
  const kept = new Set(lanes.kept.map(([, b]) => b.id));
  const order = (list: readonly Lane[]) => list.filter((l) => kept.has(l.id)).map((l) => l.id);
  const reordered = order(before?.lanes ?? []).join('\u0000') !== order(after?.lanes ?? []).join('\u0000');
  const change: MapChange = {
    map: map.id,
    title: map.title,
    status,
    fields: before === undefined || after === undefined ? [] : changedFields(before, after, ['steps', 'flows', 'lanes']),
    steps: {
      added: steps.added.map(mention),
      removed: steps.removed.map(mention),
      moved: steps.kept
        .filter(([a, b]) => a.lane !== b.lane)
        .map(([a, b]) => ({ ...mention(b), ...(a.lane === undefined ? {} : { from: a.lane }), ...(b.lane === undefined ? {} : { to: b.lane }) })),
      changed: steps.kept.flatMap(([a, b]) => {
        const fields = changedFields(was(a), now(b), ['lane']);
        return fields.length === 0 ? [] : [{ id: b.id, title: b.title, fields }];
      }),
    },
    // A flow whose label or condition changed is the same flow: it is reported as removed and added again.
    flows: {
      added: [...flows.added, ...flows.kept.filter(([a, b]) => changedFields(a, b).length > 0).map(([, b]) => b)].map(flowMention),
      removed: [...flows.removed, ...flows.kept.filter(([a, b]) => changedFields(a, b).length > 0).map(([a]) => a)].map(flowMention),
    },
    lanes: {
      added: lanes.added.map(laneMention),
      removed: lanes.removed.map(laneMention),
      changed: lanes.kept.flatMap(([a, b]) => {
        const fields = changedFields(a, b);
        if (fields.length === 0) return [];
        return [
          {
            id: b.id,
            title: b.title,
            fields,
            ...(a.party === undefined ? {} : { partyBefore: a.party }),
            ...(b.party === undefined ? {} : { partyAfter: b.party }),
          },
        ];
      }),
      ...(reordered ? { reordered: (after?.lanes ?? []).map((l) => l.id) } : {}),
    },
  };
  const touched =
    status !== 'changed' ||
    change.fields.length > 0 ||
    [change.steps.added, change.steps.removed, change.steps.moved, change.steps.changed, change.flows.added, change.flows.removed].some((l) => l.length > 0) ||
    [change.lanes.added, change.lanes.removed, change.lanes.changed].some((l) => l.length > 0) ||
    reordered;
  return touched ? change : undefined;
}

/** Every process map the change adds, removes or alters: maps of `after` in its order, then those removed. */
export function mapChanges(before: Model, after: Model): MapChange[] {
  const was = byEntry(before);
  const now = byEntry(after);
  return changesByKey(
    before.maps,
    after.maps,
    (m) => m.id,
    (a, b) => mapChange(a, b, was, now),
  );
}
