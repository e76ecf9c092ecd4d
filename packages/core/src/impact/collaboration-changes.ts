import type { BusinessArea, Collaboration, Model } from '../model/model.js';
import type { GlossaryCode } from '../schema/ids.js';
import type { AddedRemoved, BusinessAreaChange, CollaborationChange } from './impact-report.js';
import { entryKeys } from './entry-keys.js';
import { canonicalJson, changedFields, changesByKey, setDelta } from './pair-by.js';

/** The keys of a code in the model before and after: a renumbered code has the same key in both. */
interface Keys {
  readonly was: (code: string) => string;
  readonly now: (code: string) => string;
}

/** The codes an area gains and loses, compared by the entries they name, so a renumbered code is neither. */
function codeDelta(before: readonly GlossaryCode[], after: readonly GlossaryCode[], keys: Keys): AddedRemoved<GlossaryCode> {
  const a = new Set(before.map(keys.was));
  const b = new Set(after.map(keys.now));
  return { added: after.filter((c) => !a.has(keys.now(c))), removed: before.filter((c) => !b.has(keys.was(c))) };
}

function areaChange(before: BusinessArea | undefined, after: BusinessArea | undefined, keys: Keys): BusinessAreaChange | undefined {
  const area = (after ?? before) as BusinessArea;
  const status = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  const fields = before === undefined || after === undefined ? [] : changedFields(before, after, ['id', 'codes', 'phase', 'lead']);
  const change: BusinessAreaChange = {
    area: area.id,
    title: area.title,
    status,
    ...(before?.phase === after?.phase
      ? {}
      : { phase: { ...(before === undefined ? {} : { before: before.phase }), ...(after === undefined ? {} : { after: after.phase }) } }),
    codes: codeDelta(before?.codes ?? [], after?.codes ?? [], keys),
    ...(before?.lead === after?.lead
      ? {}
      : { lead: { ...(before?.lead === undefined ? {} : { before: before.lead }), ...(after?.lead === undefined ? {} : { after: after.lead }) } }),
    fields,
  };
  const touched = status !== 'changed' || change.phase !== undefined || change.lead !== undefined || fields.length > 0;
  return touched || change.codes.added.length + change.codes.removed.length > 0 ? change : undefined;
}

function collaborationChange(before: Collaboration | undefined, after: Collaboration | undefined, keys: Keys): CollaborationChange | undefined {
  const collaboration = (after ?? before) as Collaboration;
  const status = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  const businessAreas = changesByKey(
    before?.businessAreas ?? [],
    after?.businessAreas ?? [],
    (a) => a.id,
    (a, b) => areaChange(a, b, keys),
  );
  const split = (c: Collaboration | undefined) => (c?.costSplit ?? []).map((s) => ({ party: s.party, percent: s.percent }));
  const costChanged = canonicalJson(split(before)) !== canonicalJson(split(after));
  const change: CollaborationChange = {
    collaboration: collaboration.id,
    title: collaboration.title,
    status,
    businessAreas,
    ...(costChanged ? { costSplit: { before: split(before), after: split(after) } } : {}),
    partners: setDelta(before?.partners ?? [], after?.partners ?? []),
    units: setDelta(before?.units ?? [], after?.units ?? []),
  };
  const touched =
    status !== 'changed' || businessAreas.length > 0 || costChanged || [change.partners, change.units].some((d) => d.added.length + d.removed.length > 0);
  return touched ? change : undefined;
}

/** Collaborations the change adds, removes or alters: business areas (codes, phase, lead), cost split, partners and units. */
export function collaborationChanges(before: Model, after: Model): CollaborationChange[] {
  const keys = { was: entryKeys(before), now: entryKeys(after) };
  return changesByKey(
    before.collaborations,
    after.collaborations,
    (c) => c.id,
    (a, b) => collaborationChange(a, b, keys),
  );
}
