import type { Model, Profile } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import { ACCOUNTABILITY_ROLES } from '../model/vocabulary.js';
import { roleOrigin } from '../query/role-origin.js';
import { whereUsed } from '../query/where-used.js';
import type { GlossaryCode, PartyId } from '../schema/ids.js';
import type { EntryChange, RoleChange } from './impact-report.js';
import { pairBy } from './pair-by.js';

/** The profiles both models have, as [before, after], in the order of `after`. */
export function sharedProfiles(before: Model, after: Model): Array<readonly [Profile, Profile]> {
  return pairBy(before.profiles, after.profiles, (p) => p.id).kept;
}

/** The glossary codes both models have, in the order of `after`. */
function sharedCodes(before: Model, after: Model): GlossaryCode[] {
  const old = indexModel(before).entries;
  return after.glossary.entries.filter((e) => old.has(e.code)).map((e) => e.code);
}

const sorted = (parties: readonly PartyId[]) => [...new Set(parties)].sort();
const same = (a: readonly PartyId[], b: readonly PartyId[]) => a.length === b.length && a.every((p, i) => p === b[i]);

/**
 * Every glossary entry whose parties change under a profile, after inheritance: a change made
 * on a parent code reaches each entry that inherits it. Profiles and codes are those both
 * models have; by profile, then code, in the order of `after`.
 */
export function entryChanges(before: Model, after: Model): EntryChange[] {
  const codes = sharedCodes(before, after);
  const titles = indexModel(after).entries;
  const usage = new Map<GlossaryCode, Pick<EntryChange, 'maps' | 'steps'>>();
  const usageOf = (code: GlossaryCode) => {
    let found = usage.get(code);
    if (found === undefined) {
      const used = whereUsed(after, code);
      const steps = indexModel(after).steps;
      found = { maps: used.maps, steps: used.steps.map((s) => ({ map: s.map, step: s.step, title: steps.get(s.map)?.get(s.step)?.title ?? s.step })) };
      usage.set(code, found);
    }
    return found;
  };
  return sharedProfiles(before, after).flatMap(([was, now]) =>
    codes.flatMap((code) => {
      const roles: RoleChange[] = ACCOUNTABILITY_ROLES.flatMap((role) => {
        const a = sorted(roleOrigin(was, code, role).parties);
        const b = sorted(roleOrigin(now, code, role).parties);
        return same(a, b) ? [] : [{ role, before: a, after: b }];
      });
      if (roles.length === 0) return [];
      return [{ profile: now.id, code, title: titles.get(code)?.title ?? code, roles, ...usageOf(code) }];
    }),
  );
}
