import type { Model } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import { accountabilityGaps, accountabilityOverlaps, type Accountability } from '../query/accountability.js';
import type { ProfileId } from '../schema/ids.js';
import { sharedProfiles } from './entry-changes.js';
import type { ProfileDelta } from './impact-report.js';

type Query = (model: Model, profile: ProfileId) => Accountability[];

function delta(models: readonly [Model, Model], profile: ProfileId, before: Accountability[], after: Accountability[]): ProfileDelta | undefined {
  const was = new Set(before.map((a) => a.code));
  const now = new Set(after.map((a) => a.code));
  // A resolved entry may have been retired, so its title is looked for in both models.
  const [old, current] = models.map((m) => indexModel(m).entries);
  const title = (a: Accountability) => current?.get(a.code)?.title ?? old?.get(a.code)?.title ?? a.code;
  const mention = (a: Accountability) => ({ code: a.code, title: title(a), accountable: [...a.accountable].sort() });
  const created = after.filter((a) => !was.has(a.code)).map(mention);
  const resolved = before.filter((a) => !now.has(a.code)).map(mention);
  return created.length + resolved.length === 0 ? undefined : { profile, created, resolved };
}

function compare(before: Model, after: Model, query: Query): ProfileDelta[] {
  return sharedProfiles(before, after).flatMap(([, now]) => {
    const found = delta([before, after], now.id, query(before, now.id), query(after, now.id));
    return found === undefined ? [] : [found];
  });
}

/**
 * Accountability gaps (nobody accountable) and overlaps (more than one accountable) that the
 * change creates and resolves, per profile both models have. An entry the change retires is no
 * longer a gap; one it adds may become one.
 */
export function gapsAndOverlaps(before: Model, after: Model): { gaps: ProfileDelta[]; overlaps: ProfileDelta[] } {
  return { gaps: compare(before, after, accountabilityGaps), overlaps: compare(before, after, accountabilityOverlaps) };
}
