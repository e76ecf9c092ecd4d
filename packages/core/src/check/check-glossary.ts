import type { GlossaryCode } from '../schema/ids.js';
import { parentCode } from '../model/glossary-code.js';
import { suggest } from '../diagnostics/suggest.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import { documentsOf, locationOf, type CheckContext, type Site } from './context.js';

/** Checks that the glossary documents agree on the edition. */
export function checkGlossaryEditions(ctx: CheckContext): void {
  const editions = documentsOf(ctx, 'glossary').filter((g) => g.data.edition !== undefined);
  const firstEdition = editions[0];
  for (const doc of editions.slice(1)) {
    if (doc.data.edition !== firstEdition?.data.edition) {
      const other = (firstEdition && locationOf({ origin: firstEdition.origin, path: ['edition'] })) ?? {};
      const fields = { edition: String(doc.data.edition), otherEdition: String(firstEdition?.data.edition), other };
      ctx.report('glossary-edition-conflict', fields, { origin: doc.origin, path: ['edition'] });
    }
  }
}

/**
 * Reports each missing parent once, at its first child, however many children it has. The
 * children imply the code, so uses of it elsewhere are not reported again: adding the parent
 * fixes them all. A childless sibling close to the missing code, such as 1.2.22 for 1.2.2, is
 * most likely the parent misspelt, and is named.
 */
export function checkGlossaryParents(ctx: CheckContext, glossaries: ReadonlyArray<ParsedDocument<'glossary'>>): void {
  const orphans = new Map<GlossaryCode, Array<{ code: string; site: Site }>>();
  const parents = new Set<string>();
  for (const { data, origin } of glossaries) {
    data.entries.forEach((entry, i) => {
      const parent = parentCode(entry.code as GlossaryCode);
      if (parent !== undefined) parents.add(parent);
      if (parent === undefined || ctx.isAccountedFor('glossary code', parent)) return;
      orphans.set(parent, [...(orphans.get(parent) ?? []), { code: entry.code, site: { origin, path: ['entries', i, 'code'] } }]);
    });
  }
  const declared = [...ctx.names('glossary code').keys()];
  for (const [parent, children] of orphans) {
    const first = children[0];
    if (first === undefined) continue;
    const siblings = declared.filter((code) => !parents.has(code) && parentCode(code as GlossaryCode) === parentCode(parent));
    const near = suggest(parent, siblings);
    ctx.report('missing-parent-code', { parent, children: children.map((c) => c.code), near }, first.site);
    ctx.accountFor(parent);
  }
}
