import type { BusinessArea, Collaboration, Model } from '../model/model.js';
import type { BusinessAreaChange, CollaborationChange } from './impact-report.js';
import { canonicalJson, changedFields, changesByKey, setDelta } from './pair-by.js';

function areaChange(before: BusinessArea | undefined, after: BusinessArea | undefined): BusinessAreaChange | undefined {
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
    codes: setDelta(before?.codes ?? [], after?.codes ?? []),
    ...(before?.lead === after?.lead
      ? {}
      : { lead: { ...(before?.lead === undefined ? {} : { before: before.lead }), ...(after?.lead === undefined ? {} : { after: after.lead }) } }),
    fields,
  };
  const touched = status !== 'changed' || change.phase !== undefined || change.lead !== undefined || fields.length > 0;
  return touched || change.codes.added.length + change.codes.removed.length > 0 ? change : undefined;
}

function collaborationChange(before: Collaboration | undefined, after: Collaboration | undefined): CollaborationChange | undefined {
  const collaboration = (after ?? before) as Collaboration;
  const status = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  const businessAreas = changesByKey(before?.businessAreas ?? [], after?.businessAreas ?? [], (a) => a.id, areaChange);
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
  return changesByKey(before.collaborations, after.collaborations, (c) => c.id, collaborationChange);
}
