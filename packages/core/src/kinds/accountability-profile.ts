import { checkAccountabilityRules } from '../check/check-accountability-rules.js';
import { checkProfiles } from '../check/check-profiles.js';
import { nodeKey } from '../graph/node-keys.js';
import { byId } from '../model/assemble-parts.js';
import type { Assignment, Profile } from '../model/model.js';
import { ACCOUNTABILITY_ROLES, type AccountabilityRole } from '../model/vocabulary.js';
import type { EdgeRule, KindDefinition } from './kind-definition.js';

/** A party named in a role is accountable (or responsible, …) for the assignment's glossary entry, under the profile. */
const assigned =
  (role: AccountabilityRole): EdgeRule =>
  (use, party) => ({
    source: party,
    target: nodeKey.glossaryEntry((use.holder as Assignment).code),
    attributes: { kind: 'accountable-for', profile: (use.document as Profile).id, role },
  });

/** An accountability profile: who answers for which glossary entries in one area. */
export const accountabilityProfileKind: KindDefinition<'accountability-profile'> = {
  kind: 'accountability-profile',
  names: [{ at: 'id', namespace: 'accountability profile' }],
  references: [
    { at: 'assignments[].code', to: 'glossary code' },
    ...ACCOUNTABILITY_ROLES.map((role) => ({ at: `assignments[].${role}[]` as const, to: 'party' as const, edge: assigned(role) })),
  ],
  checks: [checkProfiles, checkAccountabilityRules],
  nodes: [{ at: '', node: (p: Profile) => ({ kind: 'profile', id: p.id, title: p.title }) }],
  fromModel: (model) => model.profiles,
  assemble: (documents) => ({ profiles: byId(documents) }),
  summary: { label: 'accountability', text: (model, plural) => plural(model.profiles.length, 'profile') },
};
