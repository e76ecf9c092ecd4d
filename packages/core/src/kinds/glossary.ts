import { checkGlossaryEditions, checkGlossaryParents } from '../check/check-glossary.js';
import { nodeKey } from '../graph/node-keys.js';
import { assembleGlossary } from '../model/assemble-parts.js';
import { defaultEntryId, parentCode } from '../model/glossary-code.js';
import type { GlossaryEntry } from '../model/model.js';
import type { KindDefinition } from './kind-definition.js';

/** The Police Activities Glossary: entries by code, merged from every glossary document. */
export const glossaryKind: KindDefinition<'glossary'> = {
  kind: 'glossary',
  declare: (ctx, documents) => {
    for (const doc of documents) {
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
    // A missing parent is implied by its children: reported once here, before any use of it is checked.
    checkGlossaryParents(ctx, documents);
  },
  references: [{ at: 'entries[].outcomes[]', to: 'outcome', edge: { kind: 'serves-outcome' } }],
  checks: [checkGlossaryEditions],
  nodes: [{ at: 'entries[]', node: (e: GlossaryEntry) => ({ kind: 'glossary-entry', code: e.code, id: e.id, title: e.title }) }],
  edges: (glossary) =>
    glossary.entries.flatMap((e) => {
      const parent = parentCode(e.code);
      return parent === undefined ? [] : [{ source: nodeKey.glossaryEntry(parent), target: nodeKey.glossaryEntry(e.code), attributes: { kind: 'contains' } }];
    }),
  fromModel: ({ glossary: g }) =>
    g.entries.length > 0 || g.edition !== undefined || g.levels.length > 0
      ? [{ title: g.title, edition: g.edition, illustrative: g.illustrative || undefined, levels: [...g.levels], entries: [...g.entries] }]
      : [],
  assemble: (documents) => ({ glossary: assembleGlossary(documents) }),
  summary: {
    label: 'glossary',
    text: ({ glossary: g }, plural) => {
      // The edition often says it is illustrative already ("2012 illustrative"): say it once.
      const edition = g.edition === undefined ? '' : `, edition ${g.edition}`;
      const illustrative = g.illustrative && !/\billustrative\b/i.test(edition) ? ' (illustrative)' : '';
      return `${plural(g.entries.length, 'entry', 'entries')}${edition}${illustrative}`;
    },
  },
};
