import type { GlossaryCode } from '../schema/ids.js';
import { parentCode } from '../model/glossary-code.js';
import { documentsOf, type CheckContext } from './context.js';

/** Checks the glossary's shape: parents exist, editions agree, codes are not assigned twice in a profile. */
export function checkGlossary(ctx: CheckContext): void {
  const glossaries = documentsOf(ctx, 'glossary');
  const editions = glossaries.filter((g) => g.data.edition !== undefined);
  const firstEdition = editions[0];
  for (const doc of editions.slice(1)) {
    if (doc.data.edition !== firstEdition?.data.edition) {
      ctx.report('glossary-edition-conflict', `glossary edition "${doc.data.edition}" differs from "${firstEdition?.data.edition}" in ${firstEdition?.origin.file ?? 'another document'}`, {
        origin: doc.origin,
        path: ['edition'],
      });
    }
  }
  for (const { data, origin } of glossaries) {
    data.entries.forEach((entry, i) => {
      const parent = parentCode(entry.code as GlossaryCode);
      if (parent !== undefined && !ctx.isAccountedFor('glossary code', parent)) {
        ctx.report('missing-parent-code', `glossary entry ${entry.code} has no parent: add an entry with code ${parent}`, { origin, path: ['entries', i, 'code'] });
      }
    });
  }
  for (const { data, origin } of documentsOf(ctx, 'accountability-profile')) {
    const seen = new Set<string>();
    data.assignments.forEach((a, i) => {
      if (seen.has(a.code)) ctx.report('duplicate-assignment', `profile "${data.id}" assigns code ${a.code} more than once`, { origin, path: ['assignments', i, 'code'] });
      seen.add(a.code);
    });
  }
}
