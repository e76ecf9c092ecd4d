import { documentsOf, type CheckContext, type Path, type Site } from './context.js';
import type { DocumentOrigin } from '../load/source.js';
import { ACCOUNTABILITY_ROLES, SEGMENT_GROUPS } from '../model/vocabulary.js';

/** Checks that every name used in the model is declared somewhere. */
export function checkReferences(ctx: CheckContext): void {
  const at = (origin: DocumentOrigin, path: Path): Site => ({ origin, path });
  const eachId = (ids: ReadonlyArray<string>, origin: DocumentOrigin, path: Path, check: (id: string, site: Site) => void) =>
    ids.forEach((id, i) => check(id, at(origin, [...path, i])));
  const outcome = (id: string, site: Site) => ctx.expect('outcome', id, site, 'unknown-outcome');
  const reference = (id: string, site: Site) => ctx.expect('reference', id, site, 'unknown-reference');
  const party = (id: string, site: Site) => ctx.expect('party', id, site, 'unknown-party');
  const code = (id: string, site: Site) => ctx.expect('glossary code', id, site, 'unknown-glossary-code');
  const map = (id: string, site: Site) => ctx.expect('process map', id, site, 'unknown-map');
  const stakeholder = (id: string, site: Site) => ctx.expect('stakeholder', id, site, 'unknown-stakeholder');

  for (const { data, origin } of documentsOf(ctx, 'glossary')) {
    data.entries.forEach((entry, i) => eachId(entry.outcomes, origin, ['entries', i, 'outcomes'], outcome));
  }
  for (const { data, origin } of documentsOf(ctx, 'parties')) {
    data.parties.forEach((p, i) => p.stakeholder !== undefined && stakeholder(p.stakeholder, at(origin, ['parties', i, 'stakeholder'])));
  }
  for (const { data, origin } of documentsOf(ctx, 'accountability-profile')) {
    data.assignments.forEach((a, i) => {
      code(a.code, at(origin, ['assignments', i, 'code']));
      for (const role of ACCOUNTABILITY_ROLES) {
        eachId(a[role], origin, ['assignments', i, role], party);
      }
    });
  }
  for (const { data, origin } of documentsOf(ctx, 'value-chain')) {
    for (const group of SEGMENT_GROUPS) {
      data[group].forEach((segment, i) => {
        if (segment.map !== undefined) map(segment.map, at(origin, [group, i, 'map']));
        if (segment.alignment?.reference !== undefined) reference(segment.alignment.reference, at(origin, [group, i, 'alignment', 'reference']));
      });
    }
  }
  for (const { data, origin } of documentsOf(ctx, 'process-map')) {
    if (data.parent !== undefined) map(data.parent, at(origin, ['parent']));
    eachId(data.references, origin, ['references'], reference);
    eachId(data.outcomes, origin, ['outcomes'], outcome);
    data.lanes.forEach((lane, i) => lane.party !== undefined && party(lane.party, at(origin, ['lanes', i, 'party'])));
    const lanes = new Map(data.lanes.map((lane) => [lane.id, lane]));
    data.steps.forEach((step, i) => {
      eachId(step.references, origin, ['steps', i, 'references'], reference);
      eachId(step.outcomes, origin, ['steps', i, 'outcomes'], outcome);
      if (step.lane !== undefined) ctx.expectLocal(lanes, `lane on map "${data.id}"`, step.lane, at(origin, ['steps', i, 'lane']), 'unknown-lane');
      if (step.kind === 'activity' && step.code !== undefined) code(step.code, at(origin, ['steps', i, 'code']));
      if (step.kind === 'sub-process') map(step.map, at(origin, ['steps', i, 'map']));
    });
  }
  for (const { data, origin } of documentsOf(ctx, 'references')) {
    data.references.forEach((r, i) => {
      if (r.relationshipMap !== undefined)
        ctx.expect('relationship map', r.relationshipMap, at(origin, ['references', i, 'relationshipMap']), 'unknown-relationship-map');
    });
  }
  for (const { data, origin } of documentsOf(ctx, 'stakeholders')) {
    data.stakeholders.forEach((s, i) => s.party !== undefined && party(s.party, at(origin, ['stakeholders', i, 'party'])));
  }
  for (const { data, origin } of documentsOf(ctx, 'relationship-map')) {
    eachId(data.stakeholders, origin, ['stakeholders'], stakeholder);
    data.relations.forEach((relation, i) => {
      stakeholder(relation.from, at(origin, ['relations', i, 'from']));
      stakeholder(relation.to, at(origin, ['relations', i, 'to']));
      ctx.expect('relation kind', relation.kind, at(origin, ['relations', i, 'kind']), 'unknown-relation-kind');
      if (relation.from === relation.to) ctx.report('self-relation', `"${relation.from}" ${relation.kind} itself`, at(origin, ['relations', i]));
    });
  }
  for (const { data, origin } of documentsOf(ctx, 'outcome-framework')) {
    const measures = [
      ...data.vision.measures.map((m, j) => ({ m, path: ['vision', 'measures', j] as Path })),
      ...(['outcomes', 'objectives', 'areaPriorities'] as const).flatMap((group) =>
        data[group].flatMap((element, i) => element.measures.map((m, j) => ({ m, path: [group, i, 'measures', j] as Path }))),
      ),
    ];
    for (const { m, path } of measures) if (m.reference !== undefined) reference(m.reference, at(origin, [...path, 'reference']));
  }
  for (const { data, origin } of documentsOf(ctx, 'collaboration')) {
    eachId(data.partners, origin, ['partners'], party);
    eachId(data.units, origin, ['units'], party);
    if (data.governance !== undefined) ctx.expect('relationship map', data.governance, at(origin, ['governance']), 'unknown-relationship-map');
    data.costSplit.forEach((share, i) => party(share.party, at(origin, ['costSplit', i, 'party'])));
    data.businessAreas.forEach((area, i) => {
      eachId(area.codes, origin, ['businessAreas', i, 'codes'], code);
      if (area.lead !== undefined) party(area.lead, at(origin, ['businessAreas', i, 'lead']));
    });
  }
}
