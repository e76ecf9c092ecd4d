import { checkChangeSets } from '../check/check-change-sets.js';
import { byId } from '../model/assemble-parts.js';
import type { KindDefinition } from './kind-definition.js';

declare module '../errors.js' {
  interface ElementKinds {
    /** An option for change: a change set. */
    readonly 'change set': true;
  }
}

/**
 * An option for change: changes to the model, applied in order to a copy of it. What its changes
 * name is checked by applying them to the model the other documents make (`check-change-sets.ts`),
 * not by reference rules: a change may name what an earlier change of the set adds.
 */
export const changeSetKind: KindDefinition<'change-set'> = {
  kind: 'change-set',
  names: [{ at: 'id', namespace: 'change set' }],
  references: [],
  checks: [checkChangeSets],
  fromModel: (model) => model.changeSets,
  assemble: (documents) => ({ changeSets: byId(documents) }),
  summary: {
    label: 'change sets',
    text: ({ changeSets }, plural) =>
      `${changeSets.length} (${plural(
        changeSets.reduce((n, c) => n + c.changes.length, 0),
        'change',
      )})`,
  },
};
