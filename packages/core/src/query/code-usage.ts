import type { Model } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import { ACCOUNTABILITY_ROLES, type AccountabilityRole } from '../model/vocabulary.js';
import type { GlossaryCode, ProfileId } from '../schema/ids.js';
import type { ScenarioId } from '../schema/scenario.js';
import { glossaryDescendants } from './glossary-tree.js';
import { textId } from './text-id.js';
import { whereUsed, type Usage } from './where-used.js';

/** Every place a glossary code is used: what {@link whereUsed} finds, and the profiles that assign it. */
export interface CodeUsage extends Usage {
  /** Profile assignments made on the code itself (not inherited from an ancestor), with the roles each names. */
  readonly profiles: ReadonlyArray<{ readonly profile: ProfileId; readonly code: GlossaryCode; readonly roles: readonly AccountabilityRole[] }>;
  /** Training scenarios whose objectives or questions name the code, with the objective's or question's id. */
  readonly scenarios: ReadonlyArray<{ readonly scenario: ScenarioId; readonly code: GlossaryCode; readonly in: 'objective' | 'question'; readonly id: string }>;
}

/**
 * Every place a glossary code is used: the maps and steps whose activities carry it, the
 * collaboration business areas that cover it, the accountability profiles that assign it by name,
 * and the training scenarios whose objectives or questions name it; with `includeDescendants`, the
 * codes beneath it too. The model has no other documents that name glossary codes. The code may be
 * branded or plain text.
 * @example
 * ```ts
 * const usage = codeUsage(guide, '1.2.2');
 * usage.steps; // [{ map: 'police-and-crime-plan', step: …, code: '1.2.2' }, …]
 * usage.profiles.map((p) => p.profile); // ['northshire', 'southvale']
 * ```
 * @throws {@link NotFoundError} when the glossary has no entry with the code.
 */
export function codeUsage(model: Model, code: GlossaryCode | string, options: { readonly includeDescendants?: boolean } = {}): CodeUsage {
  const found = indexModel(model).getEntry(textId<GlossaryCode>(code)).code;
  const usage = whereUsed(model, found, options);
  const codes = new Set([found, ...(options.includeDescendants === true ? glossaryDescendants(model, found).map((e) => e.code) : [])]);
  const profiles = model.profiles.flatMap((profile) =>
    profile.assignments
      .filter((a) => codes.has(a.code))
      .map((a) => ({ profile: profile.id, code: a.code, roles: ACCOUNTABILITY_ROLES.filter((role) => a[role].length > 0) })),
  );
  const scenarios = model.scenarios.flatMap((scenario) => [
    ...scenario.objectives.flatMap((o) =>
      o.codes.filter((c) => codes.has(c)).map((c) => ({ scenario: scenario.id, code: c, in: 'objective' as const, id: o.id })),
    ),
    ...scenario.modules.flatMap((m) =>
      m.questions.flatMap((q) => q.codes.filter((c) => codes.has(c)).map((c) => ({ scenario: scenario.id, code: c, in: 'question' as const, id: q.id }))),
    ),
  ]);
  return { ...usage, profiles, scenarios };
}
