import { BUILT_IN_RELATION_KINDS } from '../schema/relation-kinds.js';
import { defaultEntryId } from '../model/glossary-code.js';
import { CODE_ORIGIN } from '../load/source.js';
import { SEGMENT_GROUPS } from '../model/vocabulary.js';
import { documentsOf, type CheckContext } from './context.js';

/** Declares every id and code in the model, reporting duplicates. Runs before any reference check. */
export function declareNames(ctx: CheckContext): void {
  for (const kind of BUILT_IN_RELATION_KINDS) ctx.declare('relation kind', kind.id, { origin: CODE_ORIGIN, path: [] });

  for (const doc of documentsOf(ctx, 'glossary')) {
    doc.data.entries.forEach((entry, i) => {
      const isNew = ctx.declare('glossary code', entry.code, { origin: doc.origin, path: ['entries', i, 'code'] }, 'duplicate-glossary-code');
      // A repeated code already says it all; its default id would only repeat it.
      if (isNew || entry.id !== undefined)
        ctx.declare('glossary entry id', entry.id ?? defaultEntryId(entry.code), {
          origin: doc.origin,
          path: ['entries', i, entry.id === undefined ? 'code' : 'id'],
        });
    });
  }
  for (const doc of documentsOf(ctx, 'parties')) {
    doc.data.parties.forEach((party, i) => ctx.declare('party', party.id, { origin: doc.origin, path: ['parties', i, 'id'] }));
  }
  for (const doc of documentsOf(ctx, 'accountability-profile')) ctx.declare('accountability profile', doc.data.id, { origin: doc.origin, path: ['id'] });
  for (const doc of documentsOf(ctx, 'process-map')) ctx.declare('process map', doc.data.id, { origin: doc.origin, path: ['id'] });
  for (const doc of documentsOf(ctx, 'stakeholders')) {
    doc.data.stakeholders.forEach((s, i) => ctx.declare('stakeholder', s.id, { origin: doc.origin, path: ['stakeholders', i, 'id'] }));
  }
  for (const doc of documentsOf(ctx, 'relationship-map')) ctx.declare('relationship map', doc.data.id, { origin: doc.origin, path: ['id'] });
  for (const doc of documentsOf(ctx, 'relation-kinds')) {
    doc.data.kinds.forEach((k, i) => ctx.declare('relation kind', k.id, { origin: doc.origin, path: ['kinds', i, 'id'] }));
  }
  for (const doc of documentsOf(ctx, 'references')) {
    doc.data.references.forEach((r, i) => ctx.declare('reference', r.id, { origin: doc.origin, path: ['references', i, 'id'] }));
  }
  for (const doc of documentsOf(ctx, 'collaboration')) ctx.declare('collaboration', doc.data.id, { origin: doc.origin, path: ['id'] });
  for (const doc of documentsOf(ctx, 'outcome-framework')) {
    const { data, origin } = doc;
    ctx.declare('outcome framework', data.id, { origin, path: ['id'] });
    ctx.declare('outcome', data.vision.id, { origin, path: ['vision', 'id'] });
    for (const group of ['outcomes', 'objectives', 'areaPriorities'] as const) {
      data[group].forEach((element, i) => {
        ctx.declare('outcome', element.id, { origin, path: [group, i, 'id'] });
        element.measures.forEach((m, j) => ctx.declare('outcome', m.id, { origin, path: [group, i, 'measures', j, 'id'] }));
      });
    }
    data.vision.measures.forEach((m, j) => ctx.declare('outcome', m.id, { origin, path: ['vision', 'measures', j, 'id'] }));
  }
  // The first manifest names the model; a second one would be silently ignored.
  documentsOf(ctx, 'model')
    .slice(1)
    .forEach((doc) =>
      ctx.report('duplicate-model-document', 'a model has one `kind: model` document, which names it; this is a second one', {
        origin: doc.origin,
        path: ['kind'],
      }),
    );
  const chains = documentsOf(ctx, 'value-chain');
  chains
    .slice(1)
    .forEach((doc) => ctx.report('duplicate-value-chain', 'a model has one value chain; this is a second one', { origin: doc.origin, path: ['kind'] }));
  for (const doc of chains.slice(0, 1)) {
    for (const group of SEGMENT_GROUPS) {
      doc.data[group].forEach((segment, i) => ctx.declare('value-chain segment', segment.id, { origin: doc.origin, path: [group, i, 'id'] }));
    }
  }
}
