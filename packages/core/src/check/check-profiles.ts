import { documentsOf, type CheckContext } from './context.js';

/** Checks that a profile assigns each glossary code once. */
export function checkProfiles(ctx: CheckContext): void {
  for (const { data, origin } of documentsOf(ctx, 'accountability-profile')) {
    const seen = new Set<string>();
    data.assignments.forEach((a, i) => {
      if (seen.has(a.code)) ctx.report('duplicate-assignment', { profile: data.id, code: a.code }, { origin, path: ['assignments', i, 'code'] });
      seen.add(a.code);
    });
  }
}
