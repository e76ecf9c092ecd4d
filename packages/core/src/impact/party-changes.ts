import type { Model } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import type { PartyId } from '../schema/ids.js';
import type { ImpactReport, MapChange, PartyChanges, PartyMention } from './impact-report.js';
import { changedFields, pairBy } from './pair-by.js';

type Sections = Omit<ImpactReport, 'summary' | 'parties' | 'stakeholders' | 'glossary' | 'outcomes' | 'scenarios' | 'risks'>;

/** The parties of the lanes the changed steps of a map sit in, before and after. */
function partiesOfSteps(change: MapChange, before: Model, after: Model): PartyId[] {
  const laneParty = (model: Model, step: string) => {
    const map = indexModel(model).maps.get(change.map);
    const lane = map?.steps.find((s) => s.id === step)?.lane;
    return map?.lanes.find((l) => l.id === lane)?.party;
  };
  const steps = [...change.steps.added, ...change.steps.removed, ...change.steps.moved, ...change.steps.changed.map((s) => ({ step: s.id }))];
  return steps.flatMap((s) => [laneParty(before, s.step), laneParty(after, s.step)]).filter((p): p is PartyId => p !== undefined);
}

/**
 * The parties the change touches, sorted by id: those whose accountability changes, the parties
 * of lanes changed or holding changed steps, both ends of hand-offs and boundary conflicts,
 * collaboration leads, partners, units and cost shares that change, and parties added, removed
 * or altered.
 */
export function partyChanges(before: Model, after: Model, sections: Sections): PartyChanges {
  const paired = pairBy(before.parties, after.parties, (p) => p.id);
  const touched = new Set<PartyId>([
    ...paired.added.map((p) => p.id),
    ...paired.removed.map((p) => p.id),
    ...paired.kept.filter(([a, b]) => changedFields(a, b).length > 0).map(([, b]) => b.id),
    ...sections.entries.flatMap((e) => e.roles.flatMap((r) => [...r.before, ...r.after])),
    ...[...sections.gaps, ...sections.overlaps].flatMap((d) => [...d.created, ...d.resolved].flatMap((f) => f.accountable)),
    ...[...sections.boundaryConflicts.created, ...sections.boundaryConflicts.resolved].map((c) => c.party),
    ...[...sections.handOffs.added, ...sections.handOffs.removed].flatMap((h) => [h.from.party, h.to.party]),
    ...sections.maps.flatMap((m) => [
      ...[...m.lanes.added, ...m.lanes.removed].flatMap((l) => (l.party === undefined ? [] : [l.party])),
      ...m.lanes.changed.flatMap((l) => [l.partyBefore, l.partyAfter].filter((p): p is PartyId => p !== undefined)),
      ...partiesOfSteps(m, before, after),
    ]),
    ...sections.collaborations.flatMap((c) => [
      ...c.businessAreas.flatMap((a) => [a.lead?.before, a.lead?.after].filter((p): p is PartyId => p !== undefined)),
      ...[...(c.costSplit?.before ?? []), ...(c.costSplit?.after ?? [])].map((s) => s.party),
      ...c.partners.added,
      ...c.partners.removed,
      ...c.units.added,
      ...c.units.removed,
    ]),
  ]);
  const known = new Map([...before.parties, ...after.parties].map((p) => [p.id, p.title]));
  const mention = (id: PartyId): PartyMention => ({ id, title: known.get(id) ?? id });
  return {
    added: paired.added.map((p) => mention(p.id)),
    removed: paired.removed.map((p) => mention(p.id)),
    affected: [...touched].sort().map(mention),
  };
}
